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
/// same order); none when a line's subscription has no known place.
pub(super) fn splice_lines(
    mut lines: Vec<ChargeLine>,
    part: Vec<ChargeLine>,
    places: &Places<'_>,
) -> Option<Vec<ChargeLine>> {
    let mut edits = Vec::new();
    let mut start = None;
    for date in dates_of(&lines, &part) {
        let edit = date_edit(&lines, &part, places, date)?;
        let unchanged = edit
            .removed
            .iter()
            .flat_map(|r| &lines[r.clone()])
            .eq(&part[bounds(&part, date)]);
        if !unchanged {
            start.get_or_insert(bounds(&lines, date).start);
            edits.push(edit);
        }
    }
    let Some(start) = start else {
        return Some(lines);
    };
    let removed: Vec<Range<usize>> = edits.iter().flat_map(|e| e.removed.clone()).collect();
    let inserted: Vec<(usize, Range<usize>)> =
        edits.iter().flat_map(|e| e.inserted.clone()).collect();
    let mut part: Vec<Option<ChargeLine>> = part.into_iter().map(Some).collect();
    let tail = lines.split_off(start);
    let mut inserted = inserted.into_iter().peekable();
    let mut removed = removed.into_iter().peekable();
    for (i, line) in (start..).zip(tail) {
        while let Some((_, run)) = inserted.next_if(|(at, _)| *at == i) {
            lines.extend(run.map(|j| part[j].take()).collect::<Option<Vec<_>>>()?);
        }
        while removed.next_if(|r| r.end <= i).is_some() {}
        if !removed.peek().is_some_and(|r| r.contains(&i)) {
            lines.push(line);
        }
    }
    for (_, run) in inserted {
        lines.extend(run.map(|j| part[j].take()).collect::<Option<Vec<_>>>()?);
    }
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
