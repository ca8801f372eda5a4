//! What a statement says must be created: "Kommunstyrelsen ska fastställa
//! riktlinjer för informationssäkerhet", "Varje nämnd ska upprätta en plan
//! för …", "Aktuella systemförvaltningsplaner ska finnas …", "Nämnden ska
//! utse en arkivansvarig".

use std::sync::LazyLock;

use regex::Regex;

use crate::draft::{BodyRef, Modality, Required, RequirementTarget, Statement};

static CREATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(?:ska|skall|måste|bör)\s+(?:(?:även|också|därför|årligen|gemensamt|vidare|dessutom|själv|samtliga)\s+)?(?P<verb>fastställa|upprätta|ta\s+fram|utarbeta|anta|besluta\s+om|utse|inrätta|tillsätta|utforma|ha)\s+(?P<what>[^.;:]+)",
    )
});
/// "X ska finnas": the thing is the subject.
static EXIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"(?i)^(?P<what>[^,.;:]+?)\s+(?:ska|skall|måste|bör)\s+finnas\b")
});
static PER: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"(?i)\b(?:varje|respektive|per)\s+\p{L}+"));
/// Where what is asked for ends: a relative clause or a new clause.
static WHAT_END: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"(?i),|\s(?:som|där|vilka|vilket|och\s+(?:ska|skall))\s"));

/// Words naming a function or service rather than a document or a body.
const FUNCTIONS: [&str; 5] = [
    "funktion",
    "kontaktcenter",
    "kundstod",
    "servicecenter",
    "organisation",
];

/// The requirement a statement states, if it asks for something to exist.
pub(crate) fn required(st: &Statement) -> Option<Required> {
    if !matches!(
        st.modality,
        Some(Modality::Ska | Modality::Maste | Modality::Bor)
    ) || st.negated
    {
        return None;
    }
    let text = st.text.as_str();
    let (verb, what) = if let Some(c) = CREATE.captures(text) {
        (
            c.name("verb")?.as_str().to_lowercase(),
            c.name("what")?.as_str(),
        )
    } else {
        let c = EXIST.captures(text)?;
        ("finnas".to_owned(), c.name("what")?.as_str())
    };
    let what = match WHAT_END.find(what) {
        Some(m) => what.get(..m.start())?,
        None => what,
    }
    .trim();
    if what.is_empty() || what.split_whitespace().count() > 14 {
        return None;
    }
    let kind = crate::structure::kind_word(what).map(|(k, _)| k);
    let f = styrdok_core::text::fold(what);
    let target = if kind.is_some() {
        RequirementTarget::Document
    } else if FUNCTIONS.iter().any(|w| f.contains(w)) {
        RequirementTarget::Function
    } else if ["utse", "inratta", "tillsatta"].contains(&styrdok_core::text::fold(&verb).as_str())
        || (verb == "finnas" && BodyRef::new(last_word(what)).can_hold_duty())
    {
        RequirementTarget::Body
    } else {
        return None;
    };
    let by = (verb != "finnas")
        .then_some(st.subject_as_written.as_deref())
        .flatten()
        .map(BodyRef::new)
        .filter(BodyRef::can_hold_duty);
    Some(Required {
        what: what.to_owned(),
        kind,
        target,
        by,
        per: PER.find(text).map(|m| m.as_str().to_owned()),
        section: st.section.clone(),
    })
}

fn last_word(s: &str) -> &str {
    s.split_whitespace().next_back().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::StatementType;

    fn st(text: &str, subject: Option<&str>) -> Statement {
        Statement {
            text: text.into(),
            statement_type: StatementType::Requirement,
            modality: Some(Modality::Ska),
            negated: false,
            modality_as_written: None,
            subject_as_written: subject.map(str::to_owned),
            lead_in: None,
            section: None,
        }
    }

    #[test]
    fn documents_bodies_and_functions() {
        let r = required(&st(
            "Kommunstyrelsen ska fastställa riktlinjer för informationssäkerhet.",
            Some("Kommunstyrelsen"),
        ))
        .unwrap();
        assert_eq!(r.what, "riktlinjer för informationssäkerhet");
        assert_eq!(r.target, RequirementTarget::Document);
        assert_eq!(r.by.unwrap().name, "Kommunstyrelsen");
        let r = required(&st(
            "Varje nämnd ska upprätta en plan för arkivvården, som revideras årligen.",
            Some("Varje nämnd"),
        ))
        .unwrap();
        assert_eq!(r.what, "en plan för arkivvården");
        assert_eq!(r.per.as_deref(), Some("Varje nämnd"));
        let r = required(&st(
            "Aktuella systemförvaltningsplaner ska finnas för prioriterade objekt.",
            None,
        ))
        .unwrap();
        assert_eq!(r.what, "Aktuella systemförvaltningsplaner");
        assert!(required(&st("Alla incidenter ska rapporteras.", None)).is_none());
    }
}
