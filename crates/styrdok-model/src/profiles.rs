//! Built-in taxonomy profiles.
//!
//! One per seed municipality, a generic one, and Vårgårda's published model
//! as a non-seed example. Each rests on the public text cited in its
//! `source`; the encoding (bases, validity rules) is this project's reading
//! of that text, documented in `docs/taxonomy.md`.

use std::sync::OnceLock;

use styrdok_core::{BodyKind, DocumentKind};

use crate::taxonomy::{AdopterRule, AdoptionBasis as B, KindRule, Taxonomy, ValidityRule as V};

fn rule(kind: DocumentKind, label: &str, adopters: Vec<AdopterRule>, validity: V) -> KindRule {
    KindRule {
        kind,
        label_sv: Some(label.to_owned()),
        adopters,
        validity,
        concretizes: Vec::new(),
        review_every_years: None,
    }
}

fn body(kind: BodyKind, basis: B) -> AdopterRule {
    AdopterRule::body(kind, basis)
}

fn role(name: &str, basis: B) -> AdopterRule {
    AdopterRule::role(name, basis)
}

fn concretizes(mut r: KindRule, kinds: &[DocumentKind]) -> KindRule {
    r.concretizes = kinds.to_vec();
    r
}

fn solna() -> Taxonomy {
    use DocumentKind as K;
    let exec = || {
        vec![
            role("forvaltningschef", B::Verkstallighet),
            role("chef", B::Verkstallighet),
        ]
    };
    Taxonomy {
        id: "builtin:solna-2018".into(),
        name: "Solna stad: policy, strategi, riktlinje, anvisning".into(),
        source: Some(
            "Solna stad, IT-policy and Informationssäkerhetspolicy (KF 2018-05-28): the section \
             on document types (seeds 000 and 004)"
                .into(),
        ),
        open: false,
        kinds: vec![
            rule(
                K::Policy,
                "policy",
                vec![body(BodyKind::Fullmaktige, B::Principiell)],
                V::UntilFurtherNotice,
            ),
            concretizes(
                rule(
                    K::Strategi,
                    "strategi",
                    vec![body(BodyKind::Styrelse, B::OwnRemit)],
                    V::Limited,
                ),
                &[K::Policy],
            ),
            concretizes(
                rule(
                    K::Riktlinje,
                    "riktlinje",
                    vec![body(BodyKind::Styrelse, B::OwnRemit)],
                    V::Any,
                ),
                &[K::Policy, K::Strategi],
            ),
            concretizes(
                rule(K::Anvisning, "anvisning", exec(), V::Any),
                &[K::Riktlinje, K::Policy, K::Strategi],
            ),
            concretizes(
                rule(K::Rutin, "rutin", exec(), V::Any),
                &[K::Riktlinje, K::Anvisning],
            ),
        ],
    }
}

fn stockholm() -> Taxonomy {
    use DocumentKind as K;
    Taxonomy {
        id: "builtin:stockholm-2008".into(),
        name: "Stockholms stad: program adopted by kommunfullmäktige".into(),
        source: Some(
            "Stockholms stad, IT-program §1: \"Dokumentet beslutas av kommunfullmäktige och \
             förvaltas av kommunstyrelsen\" (seed 001); other kinds from the documents it cites"
                .into(),
        ),
        open: true,
        kinds: vec![
            rule(
                K::Program,
                "program",
                vec![body(BodyKind::Fullmaktige, B::Principiell)],
                V::UntilFurtherNotice,
            ),
            rule(
                K::Policy,
                "policy",
                vec![body(BodyKind::Fullmaktige, B::Principiell)],
                V::UntilFurtherNotice,
            ),
            rule(
                K::Strategi,
                "strategi",
                vec![body(BodyKind::Fullmaktige, B::Principiell)],
                V::Any,
            ),
            concretizes(
                rule(
                    K::Riktlinje,
                    "riktlinjer",
                    vec![
                        body(BodyKind::Fullmaktige, B::Principiell),
                        body(BodyKind::Styrelse, B::OwnRemit),
                        body(BodyKind::Namnd, B::OwnRemit),
                    ],
                    V::Any,
                ),
                &[K::Program, K::Policy],
            ),
            rule(
                K::Regler,
                "regler",
                vec![
                    body(BodyKind::Styrelse, B::OwnRemit),
                    body(BodyKind::Namnd, B::OwnRemit),
                ],
                V::Any,
            ),
        ],
    }
}

fn haninge() -> Taxonomy {
    use DocumentKind as K;
    Taxonomy {
        id: "builtin:haninge-2016".into(),
        name: "Haninge kommun: IT-policy adopted by kommunstyrelsen".into(),
        source: Some(
            "Haninge kommun, IT-policy: \"Kommunstyrelsen beslutar: Haninge kommuns IT-policy \
             fastställs …\" and its three-year IT plans per förvaltning (seed 002)"
                .into(),
        ),
        open: true,
        kinds: vec![
            rule(
                K::Policy,
                "policy",
                vec![
                    body(BodyKind::Fullmaktige, B::Principiell),
                    body(BodyKind::Styrelse, B::OwnRemit),
                ],
                V::UntilFurtherNotice,
            ),
            concretizes(
                rule(
                    K::Plan,
                    "IT-plan",
                    vec![
                        body(BodyKind::Styrelse, B::OwnRemit),
                        body(BodyKind::Namnd, B::OwnRemit),
                        body(BodyKind::Forvaltning, B::Verkstallighet),
                    ],
                    V::Limited,
                ),
                &[K::Policy],
            ),
        ],
    }
}

fn anonymous_it_support() -> Taxonomy {
    use DocumentKind as K;
    Taxonomy {
        id: "builtin:it-stod-003".into(),
        name: "Policy för den kommunala verksamhetens IT-stöd (municipality not named)".into(),
        source: Some(
            "Seed 003: \"Kommunstyrelsen ska fastställa riktlinjer …\" and \"IT-avdelningen ska \
             utifrån denna policy utfärda konkreta riktlinjer\""
                .into(),
        ),
        open: true,
        kinds: vec![
            rule(
                K::Policy,
                "policy",
                vec![
                    body(BodyKind::Fullmaktige, B::Principiell),
                    body(BodyKind::Styrelse, B::OwnRemit),
                ],
                V::UntilFurtherNotice,
            ),
            concretizes(
                rule(
                    K::Riktlinje,
                    "riktlinjer",
                    vec![
                        body(BodyKind::Styrelse, B::OwnRemit),
                        body(BodyKind::Enhet, B::Delegated),
                    ],
                    V::Any,
                ),
                &[K::Policy],
            ),
        ],
    }
}

fn vargarda() -> Taxonomy {
    use DocumentKind as K;
    let three = || {
        vec![
            body(BodyKind::Fullmaktige, B::Principiell),
            body(BodyKind::Styrelse, B::OwnRemit),
            body(BodyKind::Namnd, B::OwnRemit),
        ]
    };
    let lower = || {
        vec![
            body(BodyKind::Styrelse, B::OwnRemit),
            body(BodyKind::Namnd, B::OwnRemit),
            role("kommunchef", B::Delegated),
            role("verksamhetschef", B::Delegated),
        ]
    };
    Taxonomy {
        id: "builtin:vargarda".into(),
        name: "Vårgårda kommun: published styrmodell (non-seed example)".into(),
        source: Some(
            "Vårgårda kommun's published model for styrdokument: strategi and policy by KF; \
             program and riktlinje by KF, KS or a (myndighets)nämnd; plan and regler by KS, a \
             nämnd, the kommunchef or a verksamhetschef"
                .into(),
        ),
        open: false,
        kinds: vec![
            rule(
                K::Strategi,
                "strategi",
                vec![body(BodyKind::Fullmaktige, B::Principiell)],
                V::Any,
            ),
            rule(
                K::Policy,
                "policy",
                vec![body(BodyKind::Fullmaktige, B::Principiell)],
                V::Any,
            ),
            concretizes(
                rule(K::Program, "program", three(), V::Any),
                &[K::Strategi, K::Policy],
            ),
            concretizes(
                rule(K::Riktlinje, "riktlinje", three(), V::Any),
                &[K::Strategi, K::Policy, K::Program],
            ),
            concretizes(
                rule(K::Plan, "plan", lower(), V::Any),
                &[K::Program, K::Riktlinje, K::Strategi],
            ),
            concretizes(
                rule(K::Regler, "regler", lower(), V::Any),
                &[K::Riktlinje, K::Policy],
            ),
        ],
    }
}

fn generic() -> Taxonomy {
    use BodyKind as Bk;
    use DocumentKind as K;
    let political = |kinds: &[BodyKind]| {
        kinds
            .iter()
            .map(|k| {
                let basis = if *k == Bk::Fullmaktige {
                    B::Principiell
                } else {
                    B::OwnRemit
                };
                body(*k, basis)
            })
            .collect::<Vec<_>>()
    };
    let execution = || {
        vec![
            body(Bk::Tjansteperson, B::Verkstallighet),
            body(Bk::Forvaltning, B::Verkstallighet),
            body(Bk::Enhet, B::Verkstallighet),
        ]
    };
    Taxonomy {
        id: "builtin:generic".into(),
        name: "Generic Swedish municipal hierarchy (open)".into(),
        source: Some(
            "Common practice across Swedish kommuner and regioner; kommunallagen (2017:725) 5 kap 1 § \
             for fullmäktige's matters of principle"
                .into(),
        ),
        open: true,
        kinds: vec![
            rule(K::Vision, "vision", political(&[Bk::Fullmaktige]), V::Any),
            rule(K::Policy, "policy", political(&[Bk::Fullmaktige, Bk::Styrelse]), V::Any),
            rule(K::Program, "program", political(&[Bk::Fullmaktige, Bk::Styrelse, Bk::Namnd]), V::Any),
            rule(K::Strategi, "strategi", political(&[Bk::Fullmaktige, Bk::Styrelse, Bk::Namnd]), V::Any),
            rule(K::Plan, "plan", political(&[Bk::Fullmaktige, Bk::Styrelse, Bk::Namnd, Bk::Bolagsstyrelse]), V::Any),
            rule(
                K::Riktlinje,
                "riktlinje",
                political(&[Bk::Fullmaktige, Bk::Styrelse, Bk::Namnd, Bk::Bolagsstyrelse]),
                V::Any,
            ),
            rule(K::Regler, "regler", political(&[Bk::Fullmaktige, Bk::Styrelse, Bk::Namnd]), V::Any),
            rule(K::Reglemente, "reglemente", political(&[Bk::Fullmaktige]), V::Any),
            rule(K::Instruktion, "instruktion", {
                let mut v = political(&[Bk::Fullmaktige, Bk::Styrelse, Bk::Namnd]);
                v.extend(execution());
                v
            }, V::Any),
            rule(K::Anvisning, "anvisning", execution(), V::Any),
            rule(K::Rutin, "rutin", execution(), V::Any),
        ],
    }
}

/// Every built-in profile.
pub fn all() -> &'static [Taxonomy] {
    static ALL: OnceLock<Vec<Taxonomy>> = OnceLock::new();
    ALL.get_or_init(|| {
        vec![
            solna(),
            stockholm(),
            haninge(),
            anonymous_it_support(),
            vargarda(),
            generic(),
        ]
    })
}

/// The built-in profile with this id: `builtin:solna-2018`, or the same
/// without the `builtin:` prefix (`solna-2018`), in any letter case.
///
/// ```
/// use styrdok_model::profiles::builtin;
/// assert_eq!(builtin("solna-2018").map(|t| t.id.as_str()), Some("builtin:solna-2018"));
/// assert!(builtin("builtin:SOLNA-2018").is_some());
/// assert!(builtin("sundbyberg").is_none());
/// ```
pub fn builtin(id: &str) -> Option<&'static Taxonomy> {
    let id = id.trim();
    let bare = id
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("builtin:"))
        .and_then(|_| id.get(8..))
        .unwrap_or(id);
    all().iter().find(|t| {
        t.id.strip_prefix("builtin:")
            .is_some_and(|b| b.eq_ignore_ascii_case(bare))
    })
}

/// The ids of the built-in profiles, for "did you mean" messages.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    all().iter().map(|t| t.id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_prefixed_and_unique() {
        let mut ids: Vec<&str> = all().iter().map(|t| t.id.as_str()).collect();
        assert!(ids.iter().all(|id| id.starts_with("builtin:")));
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all().len());
    }

    #[test]
    fn solna_has_four_levels_and_policy_by_kf() {
        let s = builtin("builtin:solna-2018").unwrap();
        let policy = s.rule(&DocumentKind::Policy).unwrap();
        assert_eq!(
            policy.adopters,
            vec![AdopterRule::body(BodyKind::Fullmaktige, B::Principiell)]
        );
        assert!(
            s.rule(&DocumentKind::Strategi)
                .unwrap()
                .validity
                .needs_end()
        );
        assert!(s.rule(&DocumentKind::Program).is_none());
    }
}
