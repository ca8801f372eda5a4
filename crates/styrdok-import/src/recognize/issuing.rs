//! `Tekniska nämnden föreskriver följande med stöd av 1 § förordningen
//! (1993:1632) …`: the issuing formula of lokala föreskrifter (a kommun's
//! regulations under the ordningslag and other laws) names the body that
//! issues them, which is their adopter. Only a body at the sentence's
//! start ([`body_at`]) with an issuing verb ([`lexicon::ISSUING_FORMS`])
//! and `följande` after it: `Vara kommun föreskriver …` names the kommun,
//! not one of its bodies, and is not read.

use std::sync::LazyLock;

use regex::Regex;

use crate::collect::{Fields, Src};
use crate::draft::BodyRef;
use crate::lexicon;
use crate::recognize::body_at;
use crate::recognize::{Context, Recognizer, sentences_of};
use crate::structure::Unit;

static ISSUES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)\s{}\s+(?:härmed\s+)?följande\b",
        lexicon::alternation(lexicon::ISSUING_FORMS)
    ))
});

/// The issuing-formula recognizer.
pub(crate) struct Issuing;

impl Recognizer for Issuing {
    fn scan(&self, _ctx: &Context<'_>, unit: &Unit, fields: &mut Fields) {
        for (s, span) in sentences_of(unit) {
            let Some(m) = ISSUES.find(s) else { continue };
            let lead = crate::re::part(s, ..m.start()).trim();
            // The whole of what precedes the verb is the body.
            let Some((name, end)) = body_at(lead) else {
                continue;
            };
            let body = BodyRef::new(&name);
            if end < lead.len() || !body.is_recognized() {
                continue;
            }
            fields
                .adopted_by
                .push(body, Src::new(span, 0.7, "adoption-issuing-formula"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::run_one;

    fn adopter(text: &str) -> Option<String> {
        run_one(&Issuing, text, None)
            .adopted_by
            .best_src()
            .map(|(b, _)| b.name.clone())
    }

    #[test]
    fn a_body_issuing_regulations_adopts_them() {
        // Invented wording, in the form of the ordningslag's formula.
        assert_eq!(
            adopter(
                "Tekniska nämnden föreskriver följande med stöd av 1 § förordningen (1993:1632).\n"
            )
            .as_deref(),
            Some("Tekniska nämnden")
        );
        assert_eq!(
            adopter("Kommunfullmäktige föreskriver härmed följande.\n").as_deref(),
            Some("Kommunfullmäktige")
        );
        // A kommun is no body; words before the body; no `följande`; a
        // body in the middle of a sentence.
        for t in [
            "Norrby kommun föreskriver följande med stöd av 1 § förordningen.\n",
            "Enligt lagen föreskriver kommunfullmäktige följande.\n",
            "Kommunfullmäktige föreskriver att avgift ska tas ut.\n",
            "I reglementet står att nämnden föreskriver följande.\n",
        ] {
            assert_eq!(adopter(t), None, "{t}");
        }
    }
}
