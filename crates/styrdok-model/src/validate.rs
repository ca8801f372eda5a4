//! Validation of one document against a taxonomy.

use styrdok_core::text::fold;
use styrdok_core::{BodyKind, Diagnostic, PartyId, Severity};
use styrdok_org::{Organisation, RoleKind};

use crate::taxonomy::{Adopter, AdopterRule};
use crate::{Document, Stage, Taxonomy, ValidityKind};

/// Diagnostic codes of this crate (listed in `docs/diagnostics.md`).
pub mod codes {
    use styrdok_core::DiagnosticCode;
    /// The document's kind is not in the taxonomy (error when the taxonomy
    /// is closed, info when open).
    pub const KIND_NOT_IN_TAXONOMY: DiagnosticCode = DiagnosticCode::KindNotInTaxonomy;
    /// The adopter is not allowed to adopt this kind under the taxonomy.
    pub const ADOPTER_NOT_ALLOWED: DiagnosticCode = DiagnosticCode::AdopterNotAllowed;
    /// A kind whose validity is limited or a mandate period has no end.
    pub const VALIDITY_WITHOUT_END: DiagnosticCode = DiagnosticCode::ValidityWithoutEnd;
    /// The validity contradicts the kind's rule (limited where the rule
    /// says until further notice).
    pub const VALIDITY_CONTRADICTS_RULE: DiagnosticCode = DiagnosticCode::ValidityContradictsRule;
    /// The validity ends before it starts (`until` before `from`).
    pub const VALIDITY_ENDS_BEFORE_START: DiagnosticCode = DiagnosticCode::BadDate;
    /// An adopted (non-stub) document names no adopter.
    pub const ADOPTER_UNKNOWN: DiagnosticCode = DiagnosticCode::AdopterUnknown;
    /// The text we have is a proposal print of an adopted document.
    pub const PROPOSAL_PRINT: DiagnosticCode = DiagnosticCode::ProposalPrint;
    /// The adopter's kind cannot be determined, so authority is not checked.
    pub const ADOPTER_KIND_UNKNOWN: DiagnosticCode = DiagnosticCode::AdopterKindUnknown;
    /// Adopted by a body above the one the taxonomy names (a warning).
    pub const ADOPTER_ABOVE_TAXONOMY: DiagnosticCode = DiagnosticCode::AdopterAboveTaxonomy;
    /// The adopter or owner is a body of another organisation.
    pub const PARTY_OF_ANOTHER_ORGANISATION: DiagnosticCode =
        DiagnosticCode::PartyOfAnotherOrganisation;
}

/// A body kind's rank in the municipal chain of decision (fullmäktige 3,
/// the styrelse 2, a nämnd 1, anything else 0), for telling an adopter
/// *above* the taxonomy's (SD308, a warning) from a lower or unrelated one
/// (SD302, an error).
fn decision_rank(k: BodyKind) -> u8 {
    match k {
        BodyKind::Fullmaktige => 3,
        BodyKind::Styrelse => 2,
        BodyKind::Namnd => 1,
        _ => 0,
    }
}

/// What is known about a document's adopter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdopterFacts {
    /// The body kind (`tjansteperson` for an official).
    pub kind: Option<BodyKind>,
    /// The role's folded name and id slug, when the adopter is a role.
    pub role_names: Vec<String>,
}

/// Works out the adopter's kind and role names from the organisation (when
/// given) or the document's own `adopter_kind`.
pub fn adopter_facts(doc: &Document, org: Option<&Organisation>) -> AdopterFacts {
    let mut facts = AdopterFacts {
        kind: doc.adopter_kind,
        role_names: Vec::new(),
    };
    if let (Some(org), Some(id)) = (org, &doc.adopted_by) {
        if let Some(b) = org.body(id.as_str()) {
            facts.kind = Some(b.kind);
        } else if let Some(r) = org.role(id.as_str()) {
            if r.kind == RoleKind::Official {
                facts.kind = Some(BodyKind::Tjansteperson);
            }
            facts.role_names.push(fold(&r.name));
            facts
                .role_names
                .extend(r.id.as_str().rsplit('/').next().map(str::to_owned));
            facts.role_names.extend(r.aliases.iter().map(|a| fold(a)));
        }
    }
    if facts.kind.is_none()
        && let Some(written) = &doc.adopted_by_as_written
    {
        facts.kind = BodyKind::classify(written);
        if facts.kind == Some(BodyKind::Tjansteperson) {
            facts.role_names.push(fold(written));
        }
    }
    facts
}

/// The adopter rule of `taxonomy` that allows this document's adopter, if any.
pub fn matching_adopter_rule<'t>(
    doc: &Document,
    taxonomy: &'t Taxonomy,
    org: Option<&Organisation>,
) -> Option<&'t AdopterRule> {
    let facts = adopter_facts(doc, org);
    let rule = taxonomy.rule(&doc.kind)?;
    rule.adopters.iter().find(|a| match &a.adopter {
        Adopter::BodyKind(k) => facts.kind == Some(*k),
        Adopter::Role(name) => facts
            .role_names
            .iter()
            .any(|r| r == name || r.trim_end_matches(['n', 'r', 'e']) == name),
    })
}

/// Checks one document against a taxonomy; pointers are relative to the
/// document (`/kind`, `/adopted_by`). Stubs are checked only for what their
/// citation states.
pub fn validate_document(
    doc: &Document,
    taxonomy: &Taxonomy,
    org: Option<&Organisation>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // The adopter and the owner must be the document's organisation's own
    // (a party id starts with its organisation's id).
    if let Some(org) = org {
        for (field, party) in [("adopted_by", &doc.adopted_by), ("owner", &doc.owner)] {
            let Some(party) = party.as_ref().map(PartyId::as_str) else {
                continue;
            };
            if let Some((prefix, _)) = party.split_once('/')
                && prefix != org.id.as_str()
            {
                out.push(
                    Diagnostic::error(
                        codes::PARTY_OF_ANOTHER_ORGANISATION,
                        format!(
                            "{}: the {} {party} is a body of the organisation {prefix}, not of {}",
                            doc.id,
                            if field == "owner" { "owner" } else { "adopter" },
                            org.id
                        ),
                    )
                    .at(format!("/{field}"))
                    .about(&doc.id),
                );
            }
        }
    }
    if let Some(v) = &doc.validity
        && v.until.before(&v.from) == styrdok_core::Tri::Yes
    {
        out.push(
            Diagnostic::error(
                codes::VALIDITY_ENDS_BEFORE_START,
                format!(
                    "{}: the validity ends ({}) before it starts ({})",
                    doc.id, v.until, v.from
                ),
            )
            .at("/validity/until"),
        );
    }
    let Some(rule) = taxonomy.rule(&doc.kind) else {
        let severity = if taxonomy.open {
            Severity::Info
        } else {
            Severity::Error
        };
        out.push(
            Diagnostic::new(
                codes::KIND_NOT_IN_TAXONOMY,
                severity,
                format!(
                    "{}: the document kind \"{}\" is not part of the styrmodell {} ({}){}",
                    doc.id,
                    doc.kind,
                    taxonomy.id,
                    taxonomy
                        .kinds
                        .iter()
                        .map(|k| k.kind.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    if taxonomy.open {
                        "; accepted because the model is open"
                    } else {
                        ""
                    }
                ),
            )
            .at("/kind")
            .about(&doc.id),
        );
        return out;
    };

    let has_adopter = doc.adopted_by.is_some()
        || doc.adopter_kind.is_some()
        || doc.adopted_by_as_written.is_some();
    if has_adopter {
        let facts = adopter_facts(doc, org);
        if facts.kind.is_none() && facts.role_names.is_empty() {
            out.push(
                Diagnostic::warning(
                    codes::ADOPTER_KIND_UNKNOWN,
                    format!(
                        "{}: cannot tell what kind of body \"{}\" is, so who may adopt it is not checked",
                        doc.id,
                        doc.adopted_by.as_ref().map(PartyId::as_str).or(doc.adopted_by_as_written.as_deref()).unwrap_or("?")
                    ),
                )
                .at("/adopted_by")
                .about(&doc.id),
            );
        } else if matching_adopter_rule(doc, taxonomy, org).is_none() {
            // Above every adopter the taxonomy names (fullmäktige taking up
            // a riktlinje): a deviation from the local model, a warning.
            let allowed_rank = rule
                .adopters
                .iter()
                .map(|a| match &a.adopter {
                    Adopter::BodyKind(k) => decision_rank(*k),
                    Adopter::Role(_) => 0,
                })
                .max()
                .unwrap_or(0);
            let above = facts
                .kind
                .is_some_and(|k| decision_rank(k) >= 2 && decision_rank(k) > allowed_rank);
            let allowed: Vec<String> = rule
                .adopters
                .iter()
                .map(|a| match &a.adopter {
                    Adopter::BodyKind(k) => k.label_sv().to_owned(),
                    Adopter::Role(r) => r.clone(),
                })
                .collect();
            let who = doc
                .adopted_by
                .as_ref()
                .map(PartyId::as_str)
                .or(doc.adopted_by_as_written.as_deref())
                .map(str::to_owned)
                .or_else(|| facts.kind.map(|k| k.label_sv().to_owned()))
                .unwrap_or_default();
            let d = if above {
                Diagnostic::warning(
                    codes::ADOPTER_ABOVE_TAXONOMY,
                    format!(
                        "{}: a {} is adopted by {} under the styrmodell {}, but this one is adopted by {}, a body above it: allowed (it may take up the matter), but a deviation from the local model",
                        doc.id,
                        doc.kind,
                        allowed.join(" or "),
                        taxonomy.id,
                        who
                    ),
                )
            } else {
                Diagnostic::error(
                    codes::ADOPTER_NOT_ALLOWED,
                    format!(
                        "{}: a {} is adopted by {} under the styrmodell {}, but this one is adopted by {}",
                        doc.id,
                        doc.kind,
                        allowed.join(" or "),
                        taxonomy.id,
                        who
                    ),
                )
            };
            out.push(
                d.at(if doc.adopted_by.is_some() {
                    "/adopted_by"
                } else {
                    "/adopter_kind"
                })
                .about(&doc.id),
            );
        }
    } else if doc.stage == Some(Stage::Adopted) && !doc.is_stub() {
        out.push(
            Diagnostic::info(
                codes::ADOPTER_UNKNOWN,
                format!("{}: adopted, but the text does not say by whom", doc.id),
            )
            .at("/adopted_by")
            .about(&doc.id),
        );
    }

    // "<doc>: a <kind> is valid <rule> under <taxonomy>, but <found>".
    let validity_warning = |code, rule: &str, found: &str, at: &str| {
        Diagnostic::warning(
            code,
            format!(
                "{}: a {} is valid {rule} under {}, but {found}",
                doc.id, doc.kind, taxonomy.id
            ),
        )
        .at(at)
        .about(&doc.id)
    };
    if rule.validity.needs_end() && !doc.is_stub() {
        let has_end = doc.validity.as_ref().is_some_and(|v| !v.until.is_unknown());
        if !has_end {
            out.push(validity_warning(
                codes::VALIDITY_WITHOUT_END,
                "for a limited period",
                "no end of validity is given",
                "/validity",
            ));
        }
    }
    if rule.validity == crate::ValidityRule::UntilFurtherNotice
        && let Some(v) = &doc.validity
        && v.kind != ValidityKind::UntilFurtherNotice
    {
        out.push(validity_warning(
            codes::VALIDITY_CONTRADICTS_RULE,
            "until further notice",
            "this one has a limited validity",
            "/validity/kind",
        ));
    }
    if doc.print_stage == Some(Stage::Proposed) && doc.stage == Some(Stage::Adopted) {
        out.push(
            Diagnostic::info(
                codes::PROPOSAL_PRINT,
                format!(
                    "{}: the text is a proposal print (\"förslag till\") of a document that was adopted",
                    doc.id
                ),
            )
            .at("/print_stage")
            .about(&doc.id),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profiles::builtin;
    use styrdok_core::DocumentKind;

    fn party(id: &str) -> PartyId {
        id.parse().unwrap()
    }

    fn doc(kind: DocumentKind, adopter: BodyKind) -> Document {
        let mut d = Document::new("x/doc".parse().unwrap(), kind);
        d.adopter_kind = Some(adopter);
        d
    }

    #[test]
    fn solna_flags_ks_policy_haninge_does_not() {
        let d = doc(DocumentKind::Policy, BodyKind::Styrelse);
        let solna = validate_document(&d, builtin("builtin:solna-2018").unwrap(), None);
        assert_eq!(
            solna
                .iter()
                .filter(|x| x.code == codes::ADOPTER_NOT_ALLOWED)
                .count(),
            1
        );
        let haninge = validate_document(&d, builtin("builtin:haninge-2016").unwrap(), None);
        assert!(haninge.iter().all(|x| !x.is_error()), "{haninge:?}");
    }

    #[test]
    fn kinds_outside_closed_and_open_models() {
        let d = doc(DocumentKind::Program, BodyKind::Fullmaktige);
        let solna = validate_document(&d, builtin("builtin:solna-2018").unwrap(), None);
        assert_eq!(solna[0].code, codes::KIND_NOT_IN_TAXONOMY);
        assert!(solna[0].is_error());
        let generic = validate_document(
            &doc(DocumentKind::Custom("taxa".into()), BodyKind::Fullmaktige),
            builtin("builtin:generic").unwrap(),
            None,
        );
        assert_eq!(generic[0].severity, Severity::Info);
    }

    #[test]
    fn validity_ending_before_it_starts_is_an_error() {
        let mut d = doc(DocumentKind::Strategi, BodyKind::Styrelse);
        let mut v = crate::Validity::new(ValidityKind::Period);
        v.from = styrdok_core::DateValue::Known("2020-01-01".parse().unwrap());
        v.until = styrdok_core::DateValue::Known("2019-12-31".parse().unwrap());
        d.validity = Some(v.clone());
        let diags = validate_document(&d, builtin("builtin:solna-2018").unwrap(), None);
        let bad: Vec<_> = diags
            .iter()
            .filter(|x| x.code == codes::VALIDITY_ENDS_BEFORE_START)
            .collect();
        assert_eq!(bad.len(), 1, "{diags:?}");
        assert!(bad[0].is_error());
        // The same year at year precision may or may not be reversed: no error.
        v.from = styrdok_core::DateValue::Known("2019".parse().unwrap());
        v.until = styrdok_core::DateValue::Known("2019-06".parse().unwrap());
        d.validity = Some(v);
        let diags = validate_document(&d, builtin("builtin:solna-2018").unwrap(), None);
        assert!(
            !diags
                .iter()
                .any(|x| x.code == codes::VALIDITY_ENDS_BEFORE_START)
        );
    }

    #[test]
    fn strategy_without_end_is_flagged() {
        let d = doc(DocumentKind::Strategi, BodyKind::Styrelse);
        let diags = validate_document(&d, builtin("builtin:solna-2018").unwrap(), None);
        assert!(diags.iter().any(|x| x.code == codes::VALIDITY_WITHOUT_END));
    }

    #[test]
    fn anvisning_by_forvaltningschef_role() {
        let mut d = Document::new("solna/anvisning".parse().unwrap(), DocumentKind::Anvisning);
        d.adopted_by_as_written = Some("förvaltningschef".into());
        let diags = validate_document(&d, builtin("builtin:solna-2018").unwrap(), None);
        assert!(diags.iter().all(|x| !x.is_error()), "{diags:?}");
        // Fullmäktige is above the förvaltningschef: a warning (SD308).
        d.adopted_by_as_written = Some("Kommunfullmäktige".into());
        let diags = validate_document(&d, builtin("builtin:solna-2018").unwrap(), None);
        assert!(
            diags
                .iter()
                .any(|x| x.code == codes::ADOPTER_ABOVE_TAXONOMY)
        );
        assert!(diags.iter().all(|x| !x.is_error()), "{diags:?}");
    }

    #[test]
    fn adopter_above_is_a_warning_lower_or_unrelated_an_error() {
        let solna = builtin("builtin:solna-2018").unwrap();
        // A riktlinje (KS under Solna's model) adopted by fullmäktige.
        let diags = validate_document(
            &doc(DocumentKind::Riktlinje, BodyKind::Fullmaktige),
            solna,
            None,
        );
        assert!(diags.iter().all(|x| !x.is_error()), "{diags:?}");
        let above: Vec<&Diagnostic> = diags
            .iter()
            .filter(|x| x.code == codes::ADOPTER_ABOVE_TAXONOMY)
            .collect();
        assert_eq!(above.len(), 1, "{diags:?}");
        assert_eq!(above[0].severity, Severity::Warning);
        // … by a nämnd (lower) or a förvaltning (unrelated): an error.
        for k in [BodyKind::Namnd, BodyKind::Forvaltning, BodyKind::Rad] {
            let diags = validate_document(&doc(DocumentKind::Riktlinje, k), solna, None);
            assert!(
                diags
                    .iter()
                    .any(|x| x.code == codes::ADOPTER_NOT_ALLOWED && x.is_error()),
                "{k:?}: {diags:?}"
            );
        }
        // A policy (KF) adopted by KS is below: still an error.
        let diags = validate_document(&doc(DocumentKind::Policy, BodyKind::Styrelse), solna, None);
        assert!(diags.iter().any(|x| x.code == codes::ADOPTER_NOT_ALLOWED));
    }

    #[test]
    fn adopter_or_owner_of_another_organisation_is_an_error() {
        use styrdok_core::OrgKind;
        let mut org = Organisation::new("solna".parse().unwrap(), "Solna stad", OrgKind::Kommun);
        org.bodies.push(styrdok_org::Body::new(
            "solna/kf".parse().unwrap(),
            "Kommunfullmäktige",
            BodyKind::Fullmaktige,
        ));
        let mut d = Document::new("solna/policy".parse().unwrap(), DocumentKind::Policy);
        d.adopted_by = Some(party("solna/kf"));
        let solna = builtin("builtin:solna-2018").unwrap();
        let ok = validate_document(&d, solna, Some(&org));
        assert!(
            ok.iter()
                .all(|x| x.code != codes::PARTY_OF_ANOTHER_ORGANISATION)
        );
        d.adopted_by = Some(party("stockholm/kf"));
        d.owner = Some(party("haninge/ks"));
        let diags = validate_document(&d, solna, Some(&org));
        let other: Vec<&Diagnostic> = diags
            .iter()
            .filter(|x| x.code == codes::PARTY_OF_ANOTHER_ORGANISATION)
            .collect();
        assert_eq!(other.len(), 2, "{diags:?}");
        assert!(other.iter().all(|x| x.is_error()));
        assert!(other[0].message.contains("stockholm/kf"));
        assert!(other[1].message.contains("owner haninge/ks"));
    }
}
