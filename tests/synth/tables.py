"""Hand tables the oracle draws from, written from the contract and public
knowledge, never from the parser's code.

>>> dict(FUNDING)["Venture - Series Unknown"], dict(FUNDING)["Funding Round"]
('series_unknown', 'undisclosed')
>>> PLACES[0].header()
'Asia, Beijing, China, Beijing'
"""

from __future__ import annotations

from dataclasses import dataclass

#: Every funding code of the contract (CONTRACT.md, FundingType).
CONTRACT_CODES: tuple[str, ...] = (
    "pre_seed", "seed", "angel", *(f"series_{c}" for c in "abcdefghij"), "series_unknown",
    "venture_round", "corporate_round", "convertible_note", "debt_financing", "private_equity",
    "grant", "equity_crowdfunding", "product_crowdfunding", "initial_coin_offering",
    "non_equity_assistance", "post_ipo_equity", "post_ipo_debt", "post_ipo_secondary",
    "secondary_market", "undisclosed",
)

#: Crunchbase's printed funding labels with their contract codes.
FUNDING: tuple[tuple[str, str], ...] = (
    ("Pre-Seed", "pre_seed"), ("Seed", "seed"), ("Seed Extension", "seed"), ("Angel", "angel"),
    *((f"Series {c}", f"series_{c.lower()}") for c in "ABCDEFGHIJ"),
    ("Series B+", "series_b"),
    ("Series Unknown", "series_unknown"), ("Venture - Series Unknown", "series_unknown"),
    ("Venture Round", "venture_round"), ("Corporate Round", "corporate_round"),
    ("Convertible Note", "convertible_note"), ("Debt Financing", "debt_financing"),
    ("Private Equity", "private_equity"), ("Grant", "grant"),
    ("Equity Crowdfunding", "equity_crowdfunding"), ("Product Crowdfunding", "product_crowdfunding"),
    ("Initial Coin Offering", "initial_coin_offering"),
    ("Non Equity Assistance", "non_equity_assistance"), ("Non-equity Assistance", "non_equity_assistance"),
    ("Post-IPO Equity", "post_ipo_equity"), ("Post-IPO Debt", "post_ipo_debt"),
    ("Post-IPO Secondary", "post_ipo_secondary"), ("Secondary Market", "secondary_market"),
    ("Funding Round", "undisclosed"),
)
#: Labels outside the contract's codes (code null, ``funding_type.unknown``).
UNKNOWN_FUNDING: tuple[str, ...] = ("Mezzanine", "Pre-IPO", "Series K")

#: The contract's qualifier words (CONTRACT.md, Quantity), as printed before a number.
QUALIFIER_WORDS: dict[str, tuple[str, ...]] = {
    "exact": ("",),
    "more_than": ("more than", "over", "above"),
    "less_than": ("less than", "under", "below"),
    "at_least": ("at least", "upwards of", "no less than"),
    "at_most": ("up to", "at most"),
    "about": ("about", "approximately", "around", "roughly", "nearly", "~"),
}

#: Severity of each diagnostic code (README, "The record").
SEVERITY: dict[str, str] = {
    "industry.unknown": "info", "section.unknown": "info", "encoding.cp1252": "info",
}

CONTINENTS = ("Africa", "Asia", "Europe", "North America", "Oceania", "South America")


@dataclass(frozen=True)
class Place:
    """A real place: continent, region, country (as printed), ISO code, city.

    ``region_is_country``: the region is also a country's name ("England", a
    part of GB; "Georgia", a US state) and ``city_is_country``: the city is a
    country's name too ("Singapore"). Three-part forms that drop a part are
    ambiguous for those, so the generator only uses them where issue 12 says
    how to read them (a region inside its own country: England in GB).
    """

    continent: str
    region: str
    country: str
    code: str | None
    city: str
    region_is_country: str | None = None
    city_is_country: bool = False

    def header(self) -> str:
        """The header, co-investor and angel form: "Continent, Region, Country, City"."""
        return f"{self.continent}, {self.region}, {self.country}, {self.city}"


PLACES: tuple[Place, ...] = (
    Place("Asia", "Beijing", "China", "CN", "Beijing"),
    Place("Asia", "Shanghai", "China", "CN", "Xuhui"),
    Place("Asia", "Guangdong", "China", "CN", "Shenzhen"),
    Place("Asia", "Zhejiang", "China", "CN", "Hangzhou"),
    Place("Asia", "Hong Kong Island", "Hong Kong", "HK", "Hong Kong", city_is_country=True),
    Place("Asia", "Maharashtra", "India", "IN", "Mumbai"),
    Place("Asia", "Karnataka", "India", "IN", "Bengaluru"),
    Place("Asia", "Tokyo", "Japan", "JP", "Minato"),
    Place("Asia", "Seoul", "South Korea", "KR", "Seoul"),
    Place("Asia", "Central Region", "Singapore", "SG", "Singapore", city_is_country=True),
    Place("Asia", "Tel Aviv", "Israel", "IL", "Tel Aviv"),
    Place("Asia", "Dubai", "United Arab Emirates", "AE", "Dubai"),
    Place("Asia", "Taipei City", "Taiwan", "TW", "Taipei"),
    Place("Europe", "England", "United Kingdom", "GB", "London", region_is_country="GB"),
    Place("Europe", "Scotland", "United Kingdom", "GB", "Edinburgh", region_is_country="GB"),
    Place("Europe", "Wales", "United Kingdom", "GB", "Cardiff", region_is_country="GB"),
    Place("Europe", "Berlin", "Germany", "DE", "Berlin"),
    Place("Europe", "Bavaria", "Germany", "DE", "Munich"),
    Place("Europe", "Ile-de-France", "France", "FR", "Paris"),
    Place("Europe", "Noord-Holland", "The Netherlands", "NL", "Amsterdam"),
    Place("Europe", "Stockholms Lan", "Sweden", "SE", "Stockholm"),
    Place("Europe", "Zurich", "Switzerland", "CH", "Zürich"),
    Place("Europe", "Catalonia", "Spain", "ES", "Barcelona"),
    Place("Europe", "Lisboa", "Portugal", "PT", "Lisbon"),
    Place("Europe", "Vienna", "Austria", "AT", "Vienna"),
    Place("Europe", "Dublin", "Ireland", "IE", "Dublin"),
    Place("North America", "California", "United States", "US", "San Francisco"),
    Place("North America", "California", "United States", "US", "Menlo Park"),
    Place("North America", "New York", "United States", "US", "New York"),
    Place("North America", "Massachusetts", "United States", "US", "Boston"),
    Place("North America", "Georgia", "United States", "US", "Atlanta", region_is_country="GE"),
    Place("North America", "Ontario", "Canada", "CA", "Toronto"),
    Place("North America", "Quebec", "Canada", "CA", "Montréal"),
    Place("North America", "Port of Spain", "Trinidad and Tobago", "TT", "Port of Spain"),
    Place("South America", "Sao Paulo", "Brazil", "BR", "São Paulo"),
    Place("South America", "Buenos Aires", "Argentina", "AR", "Buenos Aires"),
    Place("Africa", "Lagos", "Nigeria", "NG", "Lagos"),
    Place("Africa", "Nairobi Area", "Kenya", "KE", "Nairobi"),
    Place("Africa", "Western Cape", "South Africa", "ZA", "Cape Town"),
    Place("Oceania", "New South Wales", "Australia", "AU", "Sydney"),
    Place("Oceania", "Auckland", "New Zealand", "NZ", "Auckland"),
)
#: Places in countries without an ISO code (``country.unknown``).
UNKNOWN_PLACES: tuple[Place, ...] = (
    Place("Europe", "Lower Town", "Atlantis", None, "Poseidonia"),
    Place("Europe", "North Shire", "Freedonia", None, "Springfield"),
)
#: Countries as printed in lists, with their ISO codes.
COUNTRIES: tuple[tuple[str, str], ...] = (
    *dict.fromkeys((p.country, p.code) for p in PLACES if p.code),
    ("Bosnia and Herzegovina", "BA"), ("Antigua and Barbuda", "AG"), ("Vietnam", "VN"),
    ("Indonesia", "ID"), ("Poland", "PL"), ("Estonia", "EE"), ("Chile", "CL"), ("Egypt", "EG"),
)
UNKNOWN_COUNTRIES: tuple[str, ...] = ("Atlantis", "Freedonia")

#: Industry labels outside industries.txt, as the site spells them. PLAIN
#: have no case change inside a word; CAMEL do (or digits, or capitals).
UNKNOWN_PLAIN: tuple[str, ...] = ("Vertical Gardening", "Quantum Basket Weaving", "Longevity",
                                  "Kelp Farming", "Carbon Removal")
UNKNOWN_CAMEL: tuple[str, ...] = ("QuantumOps", "DeepSeaTech", "BioFoundry", "ClimateTech", "SpaceTech",
                                  "SoilTech")
#: Vocabulary labels the site prints in another spelling inside tag runs.
SITE_SPELLINGS: dict[str, str] = {"Legal Tech": "LegalTech", "Health Care": "Healthcare"}

# ------------------------------------------------------------------ names
NAME_HEADS = ("Harbour", "Nordlicht", "Maple Leaf", "Banyan Tree", "Alpenblick", "Tidewater",
              "Blue Ocean", "Red Rock", "Granite", "Northstar", "Lighthouse", "Evergreen", "Cedar",
              "Pioneer", "Summit", "Atlas", "Helix", "Kite", "Falcon", "Lotus", "Jade", "Sakura",
              "Aurora", "Zenith", "5Y", "500", "Qiming", "Shunwei", "Sequoia", "Índigo", "Fjord")
NAME_TAILS = ("Capital", "Ventures", "Partners", "Venture Partners", "Growth", "Seed Partners",
              "Fund", "Investments", "Holdings", "Capital Partners", "Angels", "Group", "& Co",
              "Global", "Venture Capital")
FIRST_NAMES = ("Xiaopeng", "Clara", "Rakesh", "José", "Zoë", "Liam", "Amara", "Kenji", "Fatima",
               "Lars", "Ngozi", "Priya", "Mateo", "Ingrid", "Álvaro")
LAST_NAMES = ("He", "Hoffmann", "Jhunjhunwala", "Álvarez", "Müller", "O'Brien", "Okafor",
              "Tanaka", "Haddad", "Svensson", "Mehta", "Rossi", "Lindqvist", "Dubois")
COMPANY_HEADS = ("Qingmei", "Enjing", "Orkney", "Solis", "Kaffeewerk", "Lumen", "Hofgarten",
                 "Panda", "Thames", "Quiet Forest", "Rhein", "Nova", "Brightwave", "Vireo",
                 "Tessera", "Kinetik", "Mihuo", "Dezao", "Yaole", "Atech", "Oréal", "Polaris")
COMPANY_TAILS = ("", "Electric", "Technology", "Robotics", "Labs", "Health", "Grid", "Mobility",
                 "Systems", "AI", "Networks", "Bio", "Foods", "New Materials", "Intelligence")
#: Company names ending in a digit (issue 12 shape 1).
COMPANY_DIGIT_NAMES = ("Studio 54", "Sector 9", "Area 120", "Vault 7")

# ---------------------------------------------------------- description prose
NOUNS = ("smart dishwasher manufacturer", "auto parts company", "developer of floating tidal turbines",
         "coffee subscription service for offices", "maker of warehouse robots",
         "digital clinic for chronic care", "carbon credit marketplace", "fleet software provider",
         "battery storage developer", "payments platform for small merchants",
         "provider of satellite imagery analytics", "grower of herbs in city warehouses")
ACTIVITIES = ("builds battery storage for offshore wind farms", "designs sensors for electric vehicles",
              "develops software for community solar projects", "runs a network of urban micro-farms",
              "makes lidar units for autonomous driving", "offers cloud tools to logistics firms")
INVESTOR_SENTENCES = (
    "{name} is an early-stage investor that backs software founders across Europe and Asia.",
    "The firm typically writes first checks at the seed stage and follows on in later rounds.",
    "Its portfolio spans hardware, consumer products, climate technology, and enterprise software.",
    "{name} has reportedly invested in over 300 companies since its founding in 2009.",
    "Partners at {name} often take board seats, providing strategic guidance and market access.",
    "Rather than purely financial returns, {name} seeks strategic fit with its own businesses.",
    "The team is spread across offices in several countries, with a focus on cross-border deals.",
    "Initial investments range from approximately $5 million to upwards of $50 million.",
)
#: Sentences that end in a number without a full stop (issue 12 shape 1, in prose).
NUMBER_ENDINGS = ("and it has been active in the region since 2019", "with a first close in 2021",
                  "and its main fund is Fund 3")
OTHER_HIGHLIGHTS = ("Often co-invests with university spin-out programmes.",
                    "Active board member in most portfolio companies.",
                    "Prefers to co-lead with a trusted syndicate.")
