//! The lines of a derivation with some customers derived again: their previous lines found by
//! billing date and subscription (the order `Derived::lines` keeps), their new ones put where
//! that order puts them. Billing dates whose lines did not change (the history before the
//! action, nearly always) are left where they are: only the lines after the first changed one
//! move, each once, and no line's ids are read but those a binary search looks at.

use crate::model::charge_line::ChargeLine;
use chrono::NaiveDate;
use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;

/// Where each subscription stood in the previous derivation, and where the changed customers'
/// subscriptions stand now.
pub(super) struct Places<'a> {
    /// The previous index of every subscription with previous lines.
    pub was_at: HashMap<&'a str, usize>,
    /// The previous indexes of the changed customers' previous subscriptions, ascending.
    pub changed: Vec<usize>,
    /// For each of the changed customers' subscriptions now: the previous index of the
    /// unchanged subscription just before it (none when none is).
    pub after: HashMap<&'a str, Option<usize>>,
}

/// One billing date's change: previous lines taken out, new ones put in at previous indexes.
struct DateEdit {
    removed: Vec<Range<usize>>,
    inserted: Vec<(usize, Range<usize>)>,
}

/// `lines` with the changed customers' lines replaced by `part` (theirs, derived again, in the
/// same order), and the billing dates whose lines changed; none when a line's subscription has
/// no known place.
pub(super) fn splice_lines(
    mut lines: Vec<ChargeLine>,
    part: Vec<ChargeLine>,
    places: &Places<'_>,
) -> Option<(Vec<ChargeLine>, Vec<NaiveDate>)> {
    let mut edits = Vec::new();
    let mut changed_dates = Vec::new();
    for date in dates_of(&lines, &part) {
        let edit = date_edit(&lines, &part, places, date)?;
        let unchanged = edit
            .removed
            .iter()
            .flat_map(|r| &lines[r.clone()])
            .eq(&part[bounds(&part, date)]);
        if !unchanged {
            changed_dates.push(date);
            edits.push(edit);
        }
    }
    let removed = edits.iter().flat_map(|e| e.removed.iter().cloned());
    let inserted = edits.iter().flat_map(|e| e.inserted.iter().cloned());
    let ops = replacements(removed, inserted);
    let mut part: Vec<Option<ChargeLine>> = part.into_iter().map(Some).collect();
    let mut take = |runs: &[Range<usize>]| -> Option<Vec<ChargeLine>> {
        runs.iter()
            .flat_map(|run| run.clone())
            .map(|j| part[j].take())
            .collect()
    };
    // An edit that keeps the number of lines (a license change's, on most dates) is written in
    // place; the others move the lines after them, once each: a handful by moving the tail,
    // more in one pass that moves every later line once.
    let resized: Vec<&Replacement> = ops.iter().filter(|op| !op.keeps_length()).collect();
    if resized.len() > RESIZES_MOVING_THE_TAIL {
        return Some((rebuilt(lines, &ops, &mut take)?, changed_dates));
    }
    for op in ops.iter().filter(|op| op.keeps_length()) {
        let new = take(&op.runs)?;
        for (slot, line) in lines[op.lines.clone()].iter_mut().zip(new) {
            *slot = line;
        }
    }
    for op in resized.into_iter().rev() {
        let new = take(&op.runs)?;
        lines.splice(op.lines.clone(), new);
    }
    Some((lines, changed_dates))
}

/// Above this many edits that change the number of lines, the lines after the first are moved
/// in one pass rather than once per edit.
const RESIZES_MOVING_THE_TAIL: usize = 3;

/// Previous lines `lines` replaced by the new lines of `runs` (indexes into the new lines).
struct Replacement {
    lines: Range<usize>,
    runs: Vec<Range<usize>>,
}

impl Replacement {
    fn keeps_length(&self) -> bool {
        self.runs.iter().map(ExactSizeIterator::len).sum::<usize>() == self.lines.len()
    }
}

/// The removals and insertions (each ascending) as replacements, ascending: an insertion at
/// the start of a removed range, or inside it, replaces that range; another replaces nothing.
fn replacements(
    removed: impl Iterator<Item = Range<usize>>,
    inserted: impl Iterator<Item = (usize, Range<usize>)>,
) -> Vec<Replacement> {
    let mut ops: Vec<Replacement> = removed
        .map(|lines| Replacement {
            lines,
            runs: Vec::new(),
        })
        .collect();
    ops.sort_by_key(|op| op.lines.start);
    let mut alone = Vec::new();
    for (at, run) in inserted {
        let i = ops.partition_point(|op| op.lines.end <= at);
        match ops.get_mut(i).filter(|op| op.lines.start <= at) {
            Some(op) => op.runs.push(run),
            None => alone.push(Replacement {
                lines: at..at,
                runs: vec![run],
            }),
        }
    }
    ops.extend(alone);
    // Stable: insertions at one place keep their order (one at a removal's place joined it).
    ops.sort_by_key(|op| op.lines.start);
    ops
}

/// `lines` with `ops` applied in one pass from the first: each later line moved once.
fn rebuilt(
    mut lines: Vec<ChargeLine>,
    ops: &[Replacement],
    take: &mut impl FnMut(&[Range<usize>]) -> Option<Vec<ChargeLine>>,
) -> Option<Vec<ChargeLine>> {
    let Some(first) = ops.first() else {
        return Some(lines);
    };
    let start = first.lines.start;
    let mut tail = lines.split_off(start).into_iter();
    let mut at = start;
    for op in ops {
        lines.extend(tail.by_ref().take(op.lines.start - at));
        lines.extend(take(&op.runs)?);
        tail.by_ref().take(op.lines.len()).for_each(drop);
        at = op.lines.end;
    }
    lines.extend(tail);
    Some(lines)
}

/// The billing dates of either list, ascending.
fn dates_of(lines: &[ChargeLine], part: &[ChargeLine]) -> Vec<NaiveDate> {
    let mut dates = Vec::new();
    for list in [lines, part] {
        let mut i = 0;
        while let Some(line) = list.get(i) {
            dates.push(line.billing_date);
            i += list[i..].partition_point(|l| l.billing_date == line.billing_date);
        }
    }
    dates.sort_unstable();
    dates.dedup();
    dates
}

/// The indexes of the lines billed on `date` (lines are ordered by billing date).
fn bounds(lines: &[ChargeLine], date: NaiveDate) -> Range<usize> {
    let from = lines.partition_point(|l| l.billing_date < date);
    from..from + lines[from..].partition_point(|l| l.billing_date == date)
}

/// On `date`: the changed customers' previous lines, and where each of their subscriptions'
/// new lines goes (after the lines of the unchanged subscription before it).
fn date_edit(
    lines: &[ChargeLine],
    part: &[ChargeLine],
    places: &Places<'_>,
    date: NaiveDate,
) -> Option<DateEdit> {
    let on_date = bounds(lines, date);
    let day = &lines[on_date.clone()];
    let unknown = Cell::new(false);
    let was_at = |l: &ChargeLine| {
        let at = places.was_at.get(&*l.subscription_id).copied();
        unknown.set(unknown.get() || at.is_none());
        at.unwrap_or(usize::MAX)
    };
    let from = on_date.start;
    let removed = places
        .changed
        .iter()
        .map(|&r| {
            from + day.partition_point(|l| was_at(l) < r)
                ..from + day.partition_point(|l| was_at(l) <= r)
        })
        .filter(|r| !r.is_empty())
        .collect();
    let mut inserted: Vec<(usize, Range<usize>)> = Vec::new();
    let new = bounds(part, date);
    let mut i = new.start;
    while i < new.end {
        let sub = &*part[i].subscription_id;
        let run = i..i + part[i..new.end].partition_point(|l| &*l.subscription_id == sub);
        let at = match places.after.get(sub)? {
            Some(before) => from + day.partition_point(|l| was_at(l) <= *before),
            None => from,
        };
        i = run.end;
        inserted.push((at, run));
    }
    let known = !unknown.get() && inserted.is_sorted_by_key(|(at, _)| *at);
    known.then_some(DateEdit { removed, inserted })
}
