//! What makes a sentence normative: its modal verb (with negation), a
//! responsibility or scope phrase, an imperative, or a binding present
//! tense — found in the sentence's main clause, never in a clause that only
//! reports a rule ("Dokumentet beskriver hur systemen ska förvaltas").

use styrdok_core::text::fold;

use crate::draft::{Modality, StatementType};

use super::present::{
    body_subject_verb, describes_now, is_law, kan_passive, law_subject, legal_frame, main_passive,
    names_law, passive_like, takes_place, we_subject_verb,
};

mod clause;
mod cues;
mod forms;
#[cfg(test)]
mod tests;
mod words;

pub(crate) use clause::*;
use cues::*;
pub(crate) use forms::*;
pub(crate) use words::*;

/// How a sentence binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Binds {
    /// A modal verb: ska, skall, bör, får, måste, krävs, behöver, …
    Modal,
    /// Who answers for something: ansvarar för, svarar för, är ansvarig.
    Responsibility,
    /// Whom or what the document applies to: gäller, omfattar, omfattas.
    Scope,
    /// An imperative at the start ("Installera inga program själv").
    Imperative,
    /// A binding present tense ("Kommunstyrelsen är arkivmyndighet",
    /// "Systemägare utses …").
    Present,
}

/// What a sentence's main clause says about its force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reading {
    pub(crate) binds: Binds,
    /// `None` when no modal verb binds (a responsibility, scope or
    /// imperative phrase, "det är viktigt att").
    pub(crate) modality: Option<Modality>,
    pub(crate) negated: bool,
    /// The marker as written ("skall", "ansvarar för", "får inte").
    pub(crate) as_written: String,
    /// Byte offset of the marker in the sentence.
    pub(crate) at: usize,
}

impl Reading {
    /// A reading with no modal verb and no negation, its marker the word
    /// of `s` at `marker` (a present-tense verb, a goal infinitive, a
    /// requirement heading's first word).
    pub(crate) fn unmodal(binds: Binds, s: &str, marker: std::ops::Range<usize>) -> Self {
        Reading {
            binds,
            modality: None,
            negated: false,
            as_written: s.get(marker.clone()).unwrap_or("").to_owned(),
            at: marker.start,
        }
    }

    /// The statement type this reading gives.
    pub(crate) fn statement_type(&self, text: &str) -> StatementType {
        match self.binds {
            Binds::Scope => StatementType::Scope,
            Binds::Responsibility => StatementType::Responsibility,
            Binds::Present => StatementType::Principle,
            Binds::Imperative => StatementType::Requirement,
            Binds::Modal => {
                let f = fold(text);
                let only = ["enbart ", "endast ", "bara ", "inte ", "ej "]
                    .iter()
                    .any(|w| f.starts_with(w) || f.contains(&format!(" {w}")));
                if self.modality == Some(Modality::Far) && !self.negated && !only {
                    StatementType::Permission
                } else {
                    StatementType::Requirement
                }
            }
        }
    }
    /// The marker as written ("skall", "får inte", "ansvarar för att",
    /// "gäller för", "det är viktigt att"), as the register's statements
    /// record it.
    pub(crate) fn written(&self) -> Option<String> {
        let w = self.as_written.trim();
        (!w.is_empty()).then(|| w.to_owned())
    }
}

/// Reads the force of a bullet item: as a sentence, or an imperative without
/// a full stop.
pub(crate) fn read_bullet(s: &str) -> Option<Reading> {
    read(s).or_else(|| imperative(s, &words(s), false))
}

/// Reads the force of one sentence, or `None` when it does not bind.
pub(crate) fn read(s: &str) -> Option<Reading> {
    let w = words(s);
    let sub = Subordinate::new(&w);
    let first = w.first()?;
    if s.trim_end().ends_with('?') {
        return None;
    }
    let mk = |binds, modality, negated, a: usize, b: usize| {
        Some(Reading {
            binds,
            modality: Some(modality),
            negated,
            as_written: s.get(a..b).unwrap_or("").to_owned(),
            at: a,
        })
    };
    // "Med informationssäkerhet avses …" defines a word; it binds nobody.
    if first.folded == "med" && w.iter().any(|x| x.folded == "avses") {
        return None;
    }
    if decision_procedure(&w, &sub) || points_elsewhere(&w) {
        return None;
    }
    // "Ingen utrustning får …", "Inga program får …".
    let subject_negated = ["ingen", "inga", "inget"].contains(&first.folded.as_str());
    let mut fallback: Option<Reading> = None;
    // A right or an intention ("har rätt till …", "strävar efter", "vill
    // vi"), unless a modal verb later in the sentence states the rule
    // ("Alla har rätt till en god arbetsmiljö, därför ska …").
    let mut weak: Option<Reading> = None;
    // A modal verb in a relative clause that describes the subject or the
    // predicate ("Faktorer som ska beaktas är …", "IT är en resurs som skall
    // utnyttjas …"): the rule, when nothing in the main clause binds.
    let mut relative: Option<Reading> = None;
    let body_subject = body_subject_verb(s, &w).or_else(|| we_subject_verb(s, &w));
    for (i, x) in w.iter().enumerate() {
        let f = x.folded.as_str();
        let next = w.get(i + 1).map(|n| n.folded.as_str()).unwrap_or("");
        let modal = match f {
            "ska" | "skall" => Some(Modality::Ska),
            "bör" => Some(Modality::Bor),
            "kravs" if required_by_law_cited(&w, i) => None,
            "maste" | "kravs" | "kraver" | "obligatoriskt" => Some(Modality::Maste),
            "behover" if !needs_a_thing(&w, i) && !our_need(&w, i) => Some(Modality::Maste),
            "får" if far_is_modal(s, &w, i) => Some(Modality::Far),
            _ => None,
        };
        if let Some(m) = modal {
            if sub.at(i) {
                if relative.is_none() && describing_relative(&w, i) && !sub.reported(i) {
                    let neg = negated_after(&w, i);
                    let end = neg.and_then(|k| w.get(k)).map_or(x.end, |n| n.end);
                    relative = mk(Binds::Modal, m, neg.is_some(), x.start, end);
                }
                continue;
            }
            let neg = negated_after(&w, i);
            let end = neg.and_then(|k| w.get(k)).map_or(x.end, |n| n.end);
            return mk(
                Binds::Modal,
                m,
                neg.is_some() || subject_negated,
                x.start,
                end,
            );
        }
        // "har rätt att", "har rätt till": a right, stated without a modal
        // verb (also with words between: "har enligt lagen rätt att", "har
        // skolan rätt att", "äger nämnden rätt att"). The truths read it
        // as no modality 53 times and as `får` 14 times (stop 69's count
        // over every set), so it binds as a principle, its modality none.
        let right = ["har", "ager"].contains(&f)
            && w.get(i + 1..(i + 6).min(w.len())).is_some_and(|n| {
                n.iter()
                    .position(|y| y.folded == "ratt")
                    .is_some_and(|k| !n.get(..k).is_some_and(|b| b.iter().any(|y| y.clause_end)))
            });
        if right && !sub.at(i) {
            let end = w.get(i + 1).map_or(x.end, |n| n.end);
            weak = weak.or_else(|| Some(Reading::unmodal(Binds::Present, s, x.start..end)));
            continue;
        }
        // "strävar efter att", "eftersträvar", "Genom … vill vi skapa …":
        // an intention (not "Med denna policy vill arbetsgivaren klargöra",
        // which says what the document is for).
        let wants = f == "vill"
            && (next == "vi"
                || (i > 0 && w.get(i - 1).is_some_and(|p| p.folded == "vi"))
                || organisation_wants(&w, i))
            && !w.windows(2).any(|p| {
                matches!(p, [a, b] if a.folded == "med"
                    && ["denna", "detta", "dessa"].contains(&b.folded.as_str()))
            })
            && next != "garna"
            && !(i.saturating_sub(2)..i).any(|k| w.get(k).is_some_and(|p| p.folded == "att"));
        // "lovar att:" (a medborgarlöfte), "har ambitionen att", "Kommunens
        // ambition är att …": the same family of intentions.
        let intends = ["stravar", "efterstravar", "efterstravas"].contains(&f)
            || (f == "lovar" && next == "att")
            || (INTENTION_NOUNS.contains(&f) && intention_of_holder(&w, i));
        if (wants || intends) && !sub.at(i) {
            weak = weak.or_else(|| mk(Binds::Modal, Modality::Avsikt, false, x.start, x.end));
            continue;
        }
        // "Nämnden har att ansvara för …", "I denna situation har nämnden
        // även att följa …": `har att` + an infinitive is an obligation.
        if f == "har"
            && !sub.at(i)
            && let Some(k) = has_to(&w, i)
        {
            let end = w.get(k).map_or(x.end, |a| a.end);
            return mk(Binds::Modal, Modality::Maste, false, x.start, end);
        }
        // "har skyldighet att", "är skyldiga att" → måste.
        // "Alla kommuner är enligt arkivlagen skyldiga att …".
        let verb_before = (i.saturating_sub(4)..i).rev().find(|&k| {
            w.get(k)
                .is_some_and(|p| ["har", "ar"].contains(&p.folded.as_str()))
        });
        if ["skyldighet", "skyldig", "skyldiga"].contains(&f)
            && next == "att"
            && verb_before.is_some()
            && !["sedan", "nar", "eftersom", "da"].contains(&first.folded.as_str())
            && !sub.at(i)
        {
            let p = verb_before
                .and_then(|k| w.get(k))
                .map_or(x.start, |p| p.start);
            let end = w.get(i + 1).map_or(x.end, |n| n.end);
            return mk(Binds::Modal, Modality::Maste, false, p, end);
        }
        // "X är ett (absolut) krav" → måste.
        if f == "krav"
            && (i.saturating_sub(3)..i).any(|k| w.get(k).is_some_and(|p| p.folded == "ar"))
            && w.get(i.saturating_sub(2)..i)
                .is_some_and(|ps| ps.iter().any(|p| p.folded == "ett"))
            && !sub.at(i)
        {
            let a = w
                .get(i.saturating_sub(3)..i)
                .and_then(|ps| ps.iter().find(|p| p.folded == "ar"))
                .map_or(x.start, |p| p.start);
            return mk(Binds::Modal, Modality::Maste, false, a, x.end);
        }
        // A permission: "Avsteg från policyn kan göras efter beslut …",
        // "Undantag kan medges" (an exception as subject), or "Skolskjuts
        // kan endast beviljas …", "Ytterligare namn kan förekomma", "Bidrag
        // kan lämnas …" (a granting verb after kan).
        if f == "kan"
            && !sub.at(i)
            && (["avsteg", "undantag", "avvikelse", "avvikelser", "dispens"]
                .contains(&first.folded.as_str())
                || w.get(i + 1..(i + 4).min(w.len())).is_some_and(|n| {
                    n.iter().any(|y| {
                        [
                            "beviljas",
                            "medges",
                            "goras",
                            "forekomma",
                            "erhallas",
                            "tillatas",
                            // "Bidrag kan lämnas …", "Ekonomiskt stöd kan
                            // utgå …", "Bidrag kan ej sökas av
                            // privatpersoner": Kristianstad, Åstorp,
                            // Härjedalen, Nyköping, Upplands Väsby, Gagnef.
                            "lamnas",
                            "utga",
                            "sokas",
                        ]
                        .contains(&y.folded.as_str())
                    })
                })
                || gets(&w, i))
        {
            return mk(
                Binds::Modal,
                Modality::Far,
                negated_after(&w, i).is_some(),
                x.start,
                x.end,
            );
        }
        // "har möjlighet att" → får; "är tillåten" → får (not negated).
        if f == "mojlighet"
            && next == "att"
            && i > 0
            && w.get(i - 1).is_some_and(|p| p.folded == "har")
            && !sub.at(i)
        {
            let a = w.get(i - 1).map_or(x.start, |p| p.start);
            return mk(Binds::Modal, Modality::Far, false, a, x.end);
        }
        // `Det är endast tillåtet att …` (Grums Hyresbostäder `blind15/`):
        // a restricting adverb between.
        let back = |k: usize| {
            i.checked_sub(k)
                .and_then(|j| w.get(j))
                .map(|p| p.folded.as_str())
        };
        let copula_before = back(1) == Some("ar")
            || (matches!(
                back(1),
                Some("endast" | "bara" | "enbart" | "alltid" | "dock")
            ) && back(2) == Some("ar"));
        if f.starts_with("tillat") && copula_before && !sub.at(i) {
            return mk(Binds::Modal, Modality::Far, false, x.start, x.end);
        }
        // "Det är därför otillåtet att …", "… är otillåten": predicative,
        // after a copula within three words. Attributive before a noun
        // ("otillåten påverkan", "otillåtna program", Timrå `blind69/`)
        // names a kind of act and binds nobody.
        if f.starts_with("otillat") && !sub.at(i) && after_copula(&w, i) {
            return mk(Binds::Modal, Modality::Far, true, x.start, x.end);
        }
        if f.starts_with("tillat")
            && i > 0
            && !sub.at(i)
            && let Some(p) = w.get(i - 1)
            && ["ej", "inte", "icke", "aldrig"].contains(&p.folded.as_str())
        {
            return mk(Binds::Modal, Modality::Far, true, p.start, x.end);
        }
        // "Distansdeltagande tillåts inte vid omröstning …": the present
        // passive of tillåta as the main verb is a permission.
        if f == "tillats" && !sub.at(i) && main_passive(&w, i) {
            let neg = negated_after(&w, i);
            let end = neg.and_then(|k| w.get(k)).map_or(x.end, |n| n.end);
            return mk(Binds::Modal, Modality::Far, neg.is_some(), x.start, end);
        }
        if f.starts_with("forbjud") && !sub.at(i) {
            return mk(Binds::Modal, Modality::Far, true, x.start, x.end);
        }
        // "ställer krav på att", "ställs krav på": → måste; not when a law
        // sets the demand ("Lagstiftningen ställer krav på att kommunen
        // upprättar …": the legal frame, not a rule of the document).
        if ["staller", "stalls"].contains(&f)
            && next == "krav"
            && w.get(i + 2).is_some_and(|p| p.folded == "pa")
            && w.get(i + 3).is_some_and(|a| a.folded == "att")
            && !sub.at(i)
            && !w.get(..i).unwrap_or(&[]).iter().any(|p| is_law(&p.folded))
        {
            let end = phrase_end(&w, i + 1);
            return mk(Binds::Modal, Modality::Maste, false, x.start, end);
        }
        // "avses", "planeras": an intention, not yet a rule.
        // "Med myndighet avses …" defines a word.
        // Nor `avses med` (`I dessa taxeföreskrifter avses med …`), nor
        // `avses` in a relative clause describing a thing (`fastighet som
        // … enligt beviljat bygglov avses att bebyggas …`, Askersund
        // `blind100/`): a definition.
        let defines =
            (i.saturating_sub(16)..i).any(|k| w.get(k).is_some_and(|p| p.folded == "som"));
        if ["avses", "planeras"].contains(&f) && first.folded != "med" && !sub.at(i) {
            // `avses med` opens a list of definitions: nothing of its own.
            // A definition's relative clause still states how the document
            // counts a thing (a taxa's `Bostadsfastighet: fastighet som …
            // avses att bebyggas …`): a binding present, no intention.
            if next == "med" {
                return None;
            }
            if defines {
                return Some(Reading::unmodal(Binds::Present, s, x.start..x.end));
            }
            return mk(Binds::Modal, Modality::Avsikt, false, x.start, x.end);
        }
        if fallback.is_some() || sub.at(i) {
            continue;
        }
        let binds = match f {
            "ansvarar" | "ansvara" => Some(Binds::Responsibility),
            // "är ansvarig för"; not a label "Ansvarig verksamhet".
            // Also a compound ("är personuppgiftsansvarig").
            _ if (f.ends_with("ansvarig") || f.ends_with("ansvariga"))
                && (next == "for"
                    || (i.saturating_sub(3)..i).any(|k| {
                        w.get(k)
                            .is_some_and(|p| ["ar", "vara", "blir"].contains(&p.folded.as_str()))
                    })) =>
            {
                Some(Binds::Responsibility)
            }
            // "har ett ansvar", "är varje myndighets ansvar", "har varje
            // nämnd och styrelse ansvar"; not "roller och ansvar".
            // Also a compound ("har uppföljningsansvar"), in the verb's own
            // clause.
            _ if (f.ends_with("ansvar") || f.ends_with("ansvaret"))
                && (i.saturating_sub(6)..i).any(|k| {
                    w.get(k).is_some_and(|p| {
                        ["har", "ha", "bar", "tar", "ar", "innebar"].contains(&p.folded.as_str())
                    }) && (["ansvar", "ansvaret", "huvudansvar", "huvudansvaret"].contains(&f)
                        || !w.get(k..i).is_some_and(|b| b.iter().any(|y| y.clause_end)))
                }) =>
            {
                Some(Binds::Responsibility)
            }
            // "Ledningens viktigaste uppgifter är: …", "Chefernas ansvar är
            // att …", "Ombudets roll är att …", a label "Ombudets
            // uppgifter:": a duty named after its holder.
            _ if DUTY_NOUNS.contains(&f) && duty_of_holder(s, &w, i) => Some(Binds::Responsibility),
            // "svarar för", "Samtidigt svarar de övriga cheferna för …".
            "svarar"
                if w.get(i + 1..(i + 6).min(w.len()))
                    .is_some_and(|n| n.iter().any(|y| y.folded == "for")) =>
            {
                Some(Binds::Responsibility)
            }
            // "Ansvaret för … åvilar kommunstyrelsen", "Det åligger nämnden
            // att …", "Ansvaret … ligger hos den som kallar".
            "avilar" | "aligger" => Some(Binds::Responsibility),
            "ligger" | "vilar" | "foljer"
                if (0..i).any(|k| w.get(k).is_some_and(|p| p.folded.starts_with("ansvar"))) =>
            {
                Some(Binds::Responsibility)
            }
            // "Kommunstyrelsen består av 11 ledamöter" (a reglemente).
            "bestar" if next == "av" && body_subject == Some(i) => Some(Binds::Present),
            "galler"
                if i > 0
                    && !w
                        .get(i - 1)
                        .is_some_and(|p| ["det", "vad"].contains(&p.folded.as_str()))
                    && !law_in_force(&w, i)
                    && !law_subject(&w, i)
                    && !undated_validity(&w, i) =>
            {
                Some(Binds::Scope)
            }
            "omfattar" | "omfattas" if !legal_frame(&w, i) => Some(Binds::Scope),
            // "Föreskrifterna är tillämpliga på …", "Föreliggande ägarpolicy
            // är direkt och fullt tillämplig på …" (lokala föreskrifter of
            // Vara, Töreboda, Boden, Vellinge; Malung-Sälen): where the
            // text applies; `är` within the three words before.
            "tillamplig" | "tillampliga"
                if next == "pa"
                    && (i.saturating_sub(4)..i)
                        .any(|k| w.get(k).is_some_and(|p| p.folded == "ar")) =>
            {
                Some(Binds::Scope)
            }
            // "Synpunkter ersätter inte överklagande …", "En rapport i
            // systemet ersätter aldrig en polisanmälan": what a thing does
            // not replace is a principle; not a relation between documents
            // (no document kind in the sentence), not what happens today.
            "ersatter"
                if ["inte", "aldrig", "ej"].contains(&next)
                    && !sub.at(i)
                    && !describes_now(&w)
                    && crate::structure::kind_word(s).is_none() =>
            {
                Some(Binds::Present)
            }
            // "Policyn riktar sig till alla anställda".
            "riktar" if next == "sig" && w.get(i + 2).is_some_and(|t| t.folded == "till") => {
                Some(Binds::Scope)
            }
            "gallande" if i > 0 && w.get(i - 1).is_some_and(|p| p.folded == "blir") => {
                Some(Binds::Scope)
            }
            _ => (PRESENT
                .iter()
                .any(|(v, after)| *v == f && (after.is_empty() || *after == next))
                || body_subject == Some(i)
                || ((passive_like(f)
                    || agent_passive(f, next)
                    || decision_taken(&w, i)
                    || kan_passive(&w, i)
                    || takes_place(&w, i))
                    && main_passive(&w, i)
                    && !table_cell(x)
                    && !legal_frame(&w, i)
                    && s.trim_start().starts_with(char::is_uppercase)))
            .then_some(Binds::Present),
        };
        // "gäller från och med 2019-10-25" is validity; "Begreppet X
        // omfattar" a definition; "gäller … följande reglemente" introduces it;
        // a scope needs whom it applies to: not nothing ("För X gäller" lost
        // its list), nor one word with no full stop after it ("Programmet
        // gäller perioden" lost its years; "Planen omfattar elnätet." stays).
        let stopped = s.trim_end().ends_with(['.', '!', '?']);
        let binds = binds.filter(|b| {
            *b != Binds::Scope
                || !(["fran", "till", "tills", "tillsvidare", "fr.o.m", "t.o.m"].contains(&next)
                    || w.len() <= i + 1
                    || (w.len() == i + 2 && !stopped)
                    || x.clause_end
                    || w.get(i + 1).is_some_and(|n| n.clause_end)
                    || (f != "tillamplig"
                        && f != "tillampliga"
                        && w.iter().any(|y| y.folded == "foljande"))
                    || w.iter().take(i).any(|y| y.folded.starts_with("begrepp")))
        });
        // "Det är viktigt att …", "Det är av stor vikt att …".
        let (binds, end) = match binds {
            Some(b) => (Some(b), phrase_end(&w, i)),
            None => match important_at(&w, i) {
                Some(e) => (Some(Binds::Present), e),
                None => (None, x.end),
            },
        };
        // "För revidering ansvarar: Kommunstyrelsen" is a label of a
        // document's information box, not a sentence.
        // (A duty noun before a colon is a lead-in: "Ombudets uppgifter:".)
        let label = s.get(x.end..).is_some_and(|r| r.starts_with(':'))
            && ["ansvarar", "svarar", "galler"].contains(&f);
        let binds = binds.filter(|_| !label);
        if let Some(b) = binds {
            let negated = subject_negated || negated_after(&w, i).is_some();
            fallback = Some(Reading {
                binds: b,
                modality: None,
                negated,
                as_written: s.get(x.start..end).unwrap_or("").to_owned(),
                at: x.start,
            });
        }
    }
    if weak.is_some() {
        return weak;
    }
    if fallback.is_some() {
        return fallback;
    }
    imperative(s, &w, true)
        .or(relative)
        .or_else(|| cleft_holder(s, &w))
}
