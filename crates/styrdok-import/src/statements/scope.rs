//! The scope a statement gives the document: "Detta reglemente gäller för
//! kommunfullmäktige och kommunens myndigheter", "Policyn omfattar alla
//! anställda", "Hela kommunkoncernen omfattas av policyn".

use std::sync::LazyLock;

use regex::Regex;

use crate::draft::{ScopeEntry, Statement, StatementType};

static APPLIES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(?:gäller|omfattar)(?P<neg>\s+(?:inte|ej))?(?:\s+(?:endast|bara|även|också))?(?:\s+(?:för|i|inom))?\s+(?P<who>[^.;]+)",
    )
});
static COVERED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"^(?P<who>[^,.;]+?)\s+omfattas(?P<neg>\s+(?:inte|ej))?\s+av\b")
});
/// A condition after the scope ("om uppdragens karaktär är relevanta").
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"(?i)(?:,\s*|\s+)(?P<cond>(?:om|när|då|under förutsättning att)\s+.+)$")
});

/// The scope entry a scope statement states, as written.
pub(crate) fn entry(st: &Statement) -> Option<ScopeEntry> {
    if st.statement_type != StatementType::Scope {
        return None;
    }
    let text = st.text.trim_end_matches(['.', ':', ';']).trim();
    let (who, neg) = if let Some(c) = COVERED.captures(text) {
        (c.name("who")?.as_str(), c.name("neg").is_some())
    } else {
        let c = APPLIES.captures(text)?;
        (c.name("who")?.as_str(), c.name("neg").is_some())
    };
    let (who, condition) = match CONDITION.captures(who) {
        Some(c) => {
            let cond = c.name("cond")?;
            let at = c.get(0)?.start();
            (who.get(..at)?, Some(cond.as_str().trim().to_owned()))
        }
        None => (who, None),
    };
    let who = who.trim().trim_end_matches(',').trim();
    if who.is_empty() {
        return None;
    }
    let mut e = ScopeEntry::new(who);
    e.condition = condition;
    e.excluded = neg;
    e.section = st.section.clone();
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(text: &str) -> Statement {
        Statement {
            text: text.into(),
            statement_type: StatementType::Scope,
            modality: None,
            negated: false,
            modality_as_written: None,
            subject_as_written: None,
            lead_in: None,
            section: None,
        }
    }

    #[test]
    fn scopes() {
        let e = entry(&st(
            "Detta reglemente gäller för kommunfullmäktige och kommunens myndigheter.",
        ))
        .unwrap();
        assert_eq!(e.as_written, "kommunfullmäktige och kommunens myndigheter");
        let e = entry(&st("Hela kommunkoncernen omfattas av policyn.")).unwrap();
        assert_eq!(e.as_written, "Hela kommunkoncernen");
        let e = entry(&st(
            "Policyn gäller även helägda företag om uppdragens karaktär är relevanta.",
        ))
        .unwrap();
        assert_eq!(e.as_written, "helägda företag");
        assert_eq!(
            e.condition.as_deref(),
            Some("om uppdragens karaktär är relevanta")
        );
        assert!(
            entry(&st("Policyn gäller inte för bolagen."))
                .unwrap()
                .excluded
        );
    }
}
