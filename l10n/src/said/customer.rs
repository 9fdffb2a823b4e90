//! `CustomerProblem` in English, Dutch and German.

use super::Figures;
use crate::lang::Lang;
use partnerdesk_core::base::say::CustomerProblem as P;

pub(crate) fn word(lang: Lang, problem: &P) -> String {
    let f = Figures(lang);
    lang.pick(match problem {
        P::CompanyNameMissing => [
            "Enter the company name.",
            "Vul de bedrijfsnaam in.",
            "Geben Sie den Firmennamen ein.",
        ].map(String::from),
        P::CompanyNameTooLong { max } => {
            let max = f.n(*max);
            [
                format!("The company name can have at most {max} characters."),
                format!("De bedrijfsnaam kan maximaal {max} tekens hebben."),
                format!("Der Firmenname kann höchstens {max} Zeichen haben."),
            ]
        }
        P::DomainInvalid => [
            "Enter a domain such as contoso.onmicrosoft.com: letters, digits and hyphens, with dots between parts.",
            "Vul een domein in zoals contoso.onmicrosoft.com: letters, cijfers en koppeltekens, met punten tussen de delen.",
            "Geben Sie eine Domäne wie contoso.onmicrosoft.com ein: Buchstaben, Ziffern und Bindestriche, mit Punkten zwischen den Teilen.",
        ].map(String::from),
        P::CountryCodeForm => [
            "Enter the two-letter ISO country code in capitals, such as US or NL.",
            "Vul de ISO-landcode van twee hoofdletters in, zoals US of NL.",
            "Geben Sie den zweistelligen ISO-Ländercode in Großbuchstaben ein, etwa US oder NL.",
        ].map(String::from),
        P::CountryUnknown => [
            "Choose the country from the list, or type its two-letter ISO code, such as NL or DE (the United Kingdom is GB).",
            "Kies het land uit de lijst, of typ de ISO-code van twee letters, zoals NL of DE (het Verenigd Koninkrijk is GB).",
            "Wählen Sie das Land aus der Liste, oder geben Sie den zweistelligen ISO-Code ein, etwa NL oder DE (das Vereinigte Königreich ist GB).",
        ].map(String::from),
        P::ResellerMpnIdDigits { min, max } => {
            let (min, max) = (f.n(*min), f.n(*max));
            [
                format!("A reseller MPN id is a number of {min} to {max} digits; leave it empty when you sell directly."),
                format!("Een MPN-id van een reseller is een getal van {min} tot {max} cijfers; laat het leeg als u rechtstreeks verkoopt."),
                format!("Eine Reseller-MPN-ID ist eine Zahl mit {min} bis {max} Ziffern; lassen Sie das Feld leer, wenn Sie direkt verkaufen."),
            ]
        }
    })
}
