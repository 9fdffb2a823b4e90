//! Country names in the partner's language: the ISO 3166-1 list of the core
//! (`partnerdesk_core::base::countries`, English names) named in Dutch and German, so a partner
//! finds a customer's country by the name they know, accents and case ignored. The code is
//! what is kept.

use crate::lang::Lang;
use partnerdesk_core::base::countries::{
    country_code as english_code, country_name as english_name,
};
use partnerdesk_core::base::search_text::{fold, SearchWords};

/// Every code of the core's list, with its Dutch and German name, in the same order.
const NAMES: [(&str, &str, &str); 249] = [
    ("AD", "Andorra", "Andorra"),
    (
        "AE",
        "Verenigde Arabische Emiraten",
        "Vereinigte Arabische Emirate",
    ),
    ("AF", "Afghanistan", "Afghanistan"),
    ("AG", "Antigua en Barbuda", "Antigua und Barbuda"),
    ("AI", "Anguilla", "Anguilla"),
    ("AL", "Albanië", "Albanien"),
    ("AM", "Armenië", "Armenien"),
    ("AO", "Angola", "Angola"),
    ("AQ", "Antarctica", "Antarktis"),
    ("AR", "Argentinië", "Argentinien"),
    ("AS", "Amerikaans-Samoa", "Amerikanisch-Samoa"),
    ("AT", "Oostenrijk", "Österreich"),
    ("AU", "Australië", "Australien"),
    ("AW", "Aruba", "Aruba"),
    ("AX", "Åland", "Ålandinseln"),
    ("AZ", "Azerbeidzjan", "Aserbaidschan"),
    ("BA", "Bosnië en Herzegovina", "Bosnien und Herzegowina"),
    ("BB", "Barbados", "Barbados"),
    ("BD", "Bangladesh", "Bangladesch"),
    ("BE", "België", "Belgien"),
    ("BF", "Burkina Faso", "Burkina Faso"),
    ("BG", "Bulgarije", "Bulgarien"),
    ("BH", "Bahrein", "Bahrain"),
    ("BI", "Burundi", "Burundi"),
    ("BJ", "Benin", "Benin"),
    ("BL", "Saint-Barthélemy", "St. Barthélemy"),
    ("BM", "Bermuda", "Bermuda"),
    ("BN", "Brunei", "Brunei Darussalam"),
    ("BO", "Bolivia", "Bolivien"),
    ("BQ", "Caribisch Nederland", "Karibische Niederlande"),
    ("BR", "Brazilië", "Brasilien"),
    ("BS", "Bahama's", "Bahamas"),
    ("BT", "Bhutan", "Bhutan"),
    ("BV", "Bouveteiland", "Bouvetinsel"),
    ("BW", "Botswana", "Botsuana"),
    ("BY", "Belarus", "Belarus"),
    ("BZ", "Belize", "Belize"),
    ("CA", "Canada", "Kanada"),
    ("CC", "Cocoseilanden", "Kokosinseln"),
    ("CD", "Congo-Kinshasa", "Kongo (Demokratische Republik)"),
    (
        "CF",
        "Centraal-Afrikaanse Republiek",
        "Zentralafrikanische Republik",
    ),
    ("CG", "Congo-Brazzaville", "Kongo (Republik)"),
    ("CH", "Zwitserland", "Schweiz"),
    ("CI", "Ivoorkust", "Côte d'Ivoire"),
    ("CK", "Cookeilanden", "Cookinseln"),
    ("CL", "Chili", "Chile"),
    ("CM", "Kameroen", "Kamerun"),
    ("CN", "China", "China"),
    ("CO", "Colombia", "Kolumbien"),
    ("CR", "Costa Rica", "Costa Rica"),
    ("CU", "Cuba", "Kuba"),
    ("CV", "Kaapverdië", "Cabo Verde"),
    ("CW", "Curaçao", "Curaçao"),
    ("CX", "Christmaseiland", "Weihnachtsinsel"),
    ("CY", "Cyprus", "Zypern"),
    ("CZ", "Tsjechië", "Tschechien"),
    ("DE", "Duitsland", "Deutschland"),
    ("DJ", "Djibouti", "Dschibuti"),
    ("DK", "Denemarken", "Dänemark"),
    ("DM", "Dominica", "Dominica"),
    ("DO", "Dominicaanse Republiek", "Dominikanische Republik"),
    ("DZ", "Algerije", "Algerien"),
    ("EC", "Ecuador", "Ecuador"),
    ("EE", "Estland", "Estland"),
    ("EG", "Egypte", "Ägypten"),
    ("EH", "Westelijke Sahara", "Westsahara"),
    ("ER", "Eritrea", "Eritrea"),
    ("ES", "Spanje", "Spanien"),
    ("ET", "Ethiopië", "Äthiopien"),
    ("FI", "Finland", "Finnland"),
    ("FJ", "Fiji", "Fidschi"),
    ("FK", "Falklandeilanden", "Falklandinseln"),
    ("FM", "Micronesia", "Mikronesien"),
    ("FO", "Faeröer", "Färöer"),
    ("FR", "Frankrijk", "Frankreich"),
    ("GA", "Gabon", "Gabun"),
    ("GB", "Verenigd Koninkrijk", "Vereinigtes Königreich"),
    ("GD", "Grenada", "Grenada"),
    ("GE", "Georgië", "Georgien"),
    ("GF", "Frans-Guyana", "Französisch-Guayana"),
    ("GG", "Guernsey", "Guernsey"),
    ("GH", "Ghana", "Ghana"),
    ("GI", "Gibraltar", "Gibraltar"),
    ("GL", "Groenland", "Grönland"),
    ("GM", "Gambia", "Gambia"),
    ("GN", "Guinee", "Guinea"),
    ("GP", "Guadeloupe", "Guadeloupe"),
    ("GQ", "Equatoriaal-Guinea", "Äquatorialguinea"),
    ("GR", "Griekenland", "Griechenland"),
    (
        "GS",
        "Zuid-Georgia en de Zuidelijke Sandwicheilanden",
        "Südgeorgien und die Südlichen Sandwichinseln",
    ),
    ("GT", "Guatemala", "Guatemala"),
    ("GU", "Guam", "Guam"),
    ("GW", "Guinee-Bissau", "Guinea-Bissau"),
    ("GY", "Guyana", "Guyana"),
    ("HK", "Hongkong", "Hongkong"),
    (
        "HM",
        "Heard en McDonaldeilanden",
        "Heard und McDonaldinseln",
    ),
    ("HN", "Honduras", "Honduras"),
    ("HR", "Kroatië", "Kroatien"),
    ("HT", "Haïti", "Haiti"),
    ("HU", "Hongarije", "Ungarn"),
    ("ID", "Indonesië", "Indonesien"),
    ("IE", "Ierland", "Irland"),
    ("IL", "Israël", "Israel"),
    ("IM", "Isle of Man", "Isle of Man"),
    ("IN", "India", "Indien"),
    (
        "IO",
        "Brits Indische Oceaanterritorium",
        "Britisches Territorium im Indischen Ozean",
    ),
    ("IQ", "Irak", "Irak"),
    ("IR", "Iran", "Iran"),
    ("IS", "IJsland", "Island"),
    ("IT", "Italië", "Italien"),
    ("JE", "Jersey", "Jersey"),
    ("JM", "Jamaica", "Jamaika"),
    ("JO", "Jordanië", "Jordanien"),
    ("JP", "Japan", "Japan"),
    ("KE", "Kenia", "Kenia"),
    ("KG", "Kirgizië", "Kirgisistan"),
    ("KH", "Cambodja", "Kambodscha"),
    ("KI", "Kiribati", "Kiribati"),
    ("KM", "Comoren", "Komoren"),
    ("KN", "Saint Kitts en Nevis", "St. Kitts und Nevis"),
    ("KP", "Noord-Korea", "Nordkorea"),
    ("KR", "Zuid-Korea", "Südkorea"),
    ("KW", "Koeweit", "Kuwait"),
    ("KY", "Kaaimaneilanden", "Kaimaninseln"),
    ("KZ", "Kazachstan", "Kasachstan"),
    ("LA", "Laos", "Laos"),
    ("LB", "Libanon", "Libanon"),
    ("LC", "Saint Lucia", "St. Lucia"),
    ("LI", "Liechtenstein", "Liechtenstein"),
    ("LK", "Sri Lanka", "Sri Lanka"),
    ("LR", "Liberia", "Liberia"),
    ("LS", "Lesotho", "Lesotho"),
    ("LT", "Litouwen", "Litauen"),
    ("LU", "Luxemburg", "Luxemburg"),
    ("LV", "Letland", "Lettland"),
    ("LY", "Libië", "Libyen"),
    ("MA", "Marokko", "Marokko"),
    ("MC", "Monaco", "Monaco"),
    ("MD", "Moldavië", "Moldau"),
    ("ME", "Montenegro", "Montenegro"),
    ("MF", "Saint-Martin", "St. Martin"),
    ("MG", "Madagaskar", "Madagaskar"),
    ("MH", "Marshalleilanden", "Marshallinseln"),
    ("MK", "Noord-Macedonië", "Nordmazedonien"),
    ("ML", "Mali", "Mali"),
    ("MM", "Myanmar", "Myanmar"),
    ("MN", "Mongolië", "Mongolei"),
    ("MO", "Macau", "Macau"),
    ("MP", "Noordelijke Marianen", "Nördliche Marianen"),
    ("MQ", "Martinique", "Martinique"),
    ("MR", "Mauritanië", "Mauretanien"),
    ("MS", "Montserrat", "Montserrat"),
    ("MT", "Malta", "Malta"),
    ("MU", "Mauritius", "Mauritius"),
    ("MV", "Maldiven", "Malediven"),
    ("MW", "Malawi", "Malawi"),
    ("MX", "Mexico", "Mexiko"),
    ("MY", "Maleisië", "Malaysia"),
    ("MZ", "Mozambique", "Mosambik"),
    ("NA", "Namibië", "Namibia"),
    ("NC", "Nieuw-Caledonië", "Neukaledonien"),
    ("NE", "Niger", "Niger"),
    ("NF", "Norfolk", "Norfolkinsel"),
    ("NG", "Nigeria", "Nigeria"),
    ("NI", "Nicaragua", "Nicaragua"),
    ("NL", "Nederland", "Niederlande"),
    ("NO", "Noorwegen", "Norwegen"),
    ("NP", "Nepal", "Nepal"),
    ("NR", "Nauru", "Nauru"),
    ("NU", "Niue", "Niue"),
    ("NZ", "Nieuw-Zeeland", "Neuseeland"),
    ("OM", "Oman", "Oman"),
    ("PA", "Panama", "Panama"),
    ("PE", "Peru", "Peru"),
    ("PF", "Frans-Polynesië", "Französisch-Polynesien"),
    ("PG", "Papoea-Nieuw-Guinea", "Papua-Neuguinea"),
    ("PH", "Filipijnen", "Philippinen"),
    ("PK", "Pakistan", "Pakistan"),
    ("PL", "Polen", "Polen"),
    ("PM", "Saint-Pierre en Miquelon", "St. Pierre und Miquelon"),
    ("PN", "Pitcairneilanden", "Pitcairninseln"),
    ("PR", "Puerto Rico", "Puerto Rico"),
    ("PS", "Palestina", "Palästina"),
    ("PT", "Portugal", "Portugal"),
    ("PW", "Palau", "Palau"),
    ("PY", "Paraguay", "Paraguay"),
    ("QA", "Qatar", "Katar"),
    ("RE", "Réunion", "Réunion"),
    ("RO", "Roemenië", "Rumänien"),
    ("RS", "Servië", "Serbien"),
    ("RU", "Rusland", "Russland"),
    ("RW", "Rwanda", "Ruanda"),
    ("SA", "Saoedi-Arabië", "Saudi-Arabien"),
    ("SB", "Salomonseilanden", "Salomonen"),
    ("SC", "Seychellen", "Seychellen"),
    ("SD", "Soedan", "Sudan"),
    ("SE", "Zweden", "Schweden"),
    ("SG", "Singapore", "Singapur"),
    ("SH", "Sint-Helena", "St. Helena"),
    ("SI", "Slovenië", "Slowenien"),
    (
        "SJ",
        "Spitsbergen en Jan Mayen",
        "Spitzbergen und Jan Mayen",
    ),
    ("SK", "Slowakije", "Slowakei"),
    ("SL", "Sierra Leone", "Sierra Leone"),
    ("SM", "San Marino", "San Marino"),
    ("SN", "Senegal", "Senegal"),
    ("SO", "Somalië", "Somalia"),
    ("SR", "Suriname", "Suriname"),
    ("SS", "Zuid-Soedan", "Südsudan"),
    ("ST", "Sao Tomé en Principe", "São Tomé und Príncipe"),
    ("SV", "El Salvador", "El Salvador"),
    ("SX", "Sint Maarten", "Sint Maarten"),
    ("SY", "Syrië", "Syrien"),
    ("SZ", "Eswatini", "Eswatini"),
    ("TC", "Turks- en Caicoseilanden", "Turks- und Caicosinseln"),
    ("TD", "Tsjaad", "Tschad"),
    (
        "TF",
        "Franse Zuidelijke Gebieden",
        "Französische Süd- und Antarktisgebiete",
    ),
    ("TG", "Togo", "Togo"),
    ("TH", "Thailand", "Thailand"),
    ("TJ", "Tadzjikistan", "Tadschikistan"),
    ("TK", "Tokelau", "Tokelau"),
    ("TL", "Oost-Timor", "Timor-Leste"),
    ("TM", "Turkmenistan", "Turkmenistan"),
    ("TN", "Tunesië", "Tunesien"),
    ("TO", "Tonga", "Tonga"),
    ("TR", "Turkije", "Türkei"),
    ("TT", "Trinidad en Tobago", "Trinidad und Tobago"),
    ("TV", "Tuvalu", "Tuvalu"),
    ("TW", "Taiwan", "Taiwan"),
    ("TZ", "Tanzania", "Tansania"),
    ("UA", "Oekraïne", "Ukraine"),
    ("UG", "Oeganda", "Uganda"),
    (
        "UM",
        "Kleine afgelegen eilanden van de Verenigde Staten",
        "Amerikanische Überseeinseln",
    ),
    ("US", "Verenigde Staten", "Vereinigte Staaten"),
    ("UY", "Uruguay", "Uruguay"),
    ("UZ", "Oezbekistan", "Usbekistan"),
    ("VA", "Vaticaanstad", "Vatikanstadt"),
    (
        "VC",
        "Saint Vincent en de Grenadines",
        "St. Vincent und die Grenadinen",
    ),
    ("VE", "Venezuela", "Venezuela"),
    ("VG", "Britse Maagdeneilanden", "Britische Jungferninseln"),
    (
        "VI",
        "Amerikaanse Maagdeneilanden",
        "Amerikanische Jungferninseln",
    ),
    ("VN", "Vietnam", "Vietnam"),
    ("VU", "Vanuatu", "Vanuatu"),
    ("WF", "Wallis en Futuna", "Wallis und Futuna"),
    ("WS", "Samoa", "Samoa"),
    ("YE", "Jemen", "Jemen"),
    ("YT", "Mayotte", "Mayotte"),
    ("ZA", "Zuid-Afrika", "Südafrika"),
    ("ZM", "Zambia", "Sambia"),
    ("ZW", "Zimbabwe", "Simbabwe"),
];

impl Lang {
    /// The name of the country with ISO code `code` (in capitals) in this language.
    pub fn country_name(self, code: &str) -> Option<&'static str> {
        match self {
            Lang::En => english_name(code),
            Lang::Nl | Lang::De => NAMES
                .iter()
                .find(|(c, _, _)| *c == code)
                .map(|&(_, dutch, german)| if self == Lang::Nl { dutch } else { german }),
        }
    }

    /// How a list of countries shows one in this language: "Nederland (NL)".
    pub fn country_label(self, code: &str) -> String {
        match self.country_name(code) {
            Some(name) => format!("{name} ({code})"),
            None => code.to_string(),
        }
    }

    /// The ISO code of what a partner typed: what the core reads (a code in any case, an
    /// English name, "Netherlands (NL)"), or a name in this language, accents and case
    /// ignored ("duitsland", "Österreich", "osterreich"). None when it names no country.
    pub fn country_code(self, text: &str) -> Option<&'static str> {
        english_code(text).or_else(|| {
            let wanted = fold(text.trim());
            self.countries()
                .find(|(_, name)| fold(name) == wanted)
                .map(|(code, _)| code)
        })
    }

    /// Every country as (code, name in this language), in the list's order of codes.
    pub fn countries(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        NAMES
            .iter()
            .filter_map(move |&(code, _, _)| Some((code, self.country_name(code)?)))
    }

    /// The codes of the countries whose name in this language, or whose code, holds every
    /// word of `query`, accents and case ignored: "zwitser" finds CH in Dutch.
    pub fn search_countries(self, query: &str) -> Vec<&'static str> {
        let words = SearchWords::new(query);
        self.countries()
            .filter(|(code, name)| {
                words.match_text(name) || code.eq_ignore_ascii_case(query.trim())
            })
            .map(|(code, _)| code)
            .collect()
    }
}
