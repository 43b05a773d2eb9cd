//! The reports analysts ask for first: a dyad over time, the top actors / codes / countries /
//! dyads, an actor's timeline. Counts are of events (mentions merged, see the crate docs), with
//! their mentions alongside.
//!
//! An actor given as `RUS` matches every actor whose code starts with it (`RUS`, `RUSGOV`,
//! `RUSMIL`) or whose country it is (a Russian leader coded by name).

use crate::{Result, Store, Table};
use chrono::NaiveDate;
use rusqlite::named_params;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    fn sql(self) -> &'static str {
        match self {
            Period::Day => "e.day",
            Period::Week => "strftime('%Y-W%W', e.day)",
            Period::Month => "substr(e.day, 1, 7)",
            Period::Year => "substr(e.day, 1, 4)",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopBy {
    Actor,
    Code,
    Country,
    Dyad,
}

/// Events dated from `since` to `until`, both included; events without a date only when
/// neither is given.
#[derive(Debug, Clone, Copy, Default)]
pub struct Span {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl Span {
    fn dates(&self) -> (Option<String>, Option<String>) {
        (self.since.map(|d| d.to_string()), self.until.map(|d| d.to_string()))
    }
}

const IN_SPAN: &str = "(:since IS NULL OR e.day >= :since) AND (:until IS NULL OR e.day <= :until)";

const QUAD_COLUMNS: &str = "sum(e.quad_class = 1) AS verbal_coop, sum(e.quad_class = 2) AS material_coop, \
     sum(e.quad_class = 3) AS verbal_conflict, sum(e.quad_class = 4) AS material_conflict";

/// The SQL test that the actor in column `{side}_code` (joined as `alias`) is `param`.
fn actor_is(side: &str, alias: &str, param: &str) -> String {
    format!("(substr(e.{side}_code, 1, length({param})) = {param} OR coalesce({alias}.country = {param}, 0))")
}

impl Store {
    /// Events between two actors, both directions, by period: counts, Goldstein sum and mean,
    /// QuadClass split.
    pub fn dyad_report(&self, a: &str, b: &str, by: Period, span: Span) -> Result<Table> {
        let sql = format!(
            "SELECT {period} AS period, \
               CASE WHEN {a_source} AND {b_target} THEN :a || ' -> ' || :b ELSE :b || ' -> ' || :a END AS direction, \
               count(*) AS events, sum(e.num_mentions) AS mentions, round(sum(e.goldstein), 1) AS goldstein_sum, \
               round(avg(e.goldstein), 2) AS goldstein_mean, {QUAD_COLUMNS} \
             FROM event_counts e LEFT JOIN actors sa ON sa.code = e.source_code LEFT JOIN actors ta ON ta.code = e.target_code \
             WHERE (({a_source} AND {b_target}) OR ({b_source} AND {a_target})) AND {IN_SPAN} \
             GROUP BY period, direction ORDER BY period, direction",
            period = by.sql(),
            a_source = actor_is("source", "sa", ":a"),
            b_target = actor_is("target", "ta", ":b"),
            b_source = actor_is("source", "sa", ":b"),
            a_target = actor_is("target", "ta", ":a"),
        );
        let (since, until) = span.dates();
        Table::from_sql(&self.connection, &sql, named_params! {":a": a, ":b": b, ":since": since, ":until": until})
            .map_err(|e| self.error(e))
    }

    /// The most frequent actors, codes, countries or dyads, by number of events.
    pub fn top(&self, by: TopBy, span: Span, limit: usize) -> Result<Table> {
        // Actors and countries count an event once per side they are on.
        let sides = |column: &str| {
            format!(
                "SELECT {column} AS key, 1 AS as_source, e.goldstein, e.num_mentions, e.day FROM event_counts e \
                   LEFT JOIN actors a ON a.code = e.source_code WHERE {column} IS NOT NULL AND {column} != '' \
                 UNION ALL \
                 SELECT {column}, 0, e.goldstein, e.num_mentions, e.day FROM event_counts e \
                   LEFT JOIN actors a ON a.code = e.target_code WHERE {column} IS NOT NULL AND {column} != ''"
            )
        };
        let sql = match by {
            TopBy::Actor | TopBy::Country => {
                let (column, names) = match by {
                    TopBy::Actor => ("a.code", "(SELECT name FROM actors WHERE code = e.key)"),
                    _ => ("a.country", "(SELECT name FROM names WHERE kind = 'country' AND code = e.key)"),
                };
                format!(
                    "SELECT e.key AS {label}, {names} AS name, count(*) AS events, sum(e.as_source) AS as_source, \
                       sum(1 - e.as_source) AS as_target, sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS goldstein_mean \
                     FROM ({sides}) e WHERE {IN_SPAN} GROUP BY e.key ORDER BY events DESC, e.key LIMIT :limit",
                    label = if by == TopBy::Actor { "actor" } else { "country" },
                    sides = sides(column),
                )
            }
            TopBy::Code => format!(
                "SELECT e.event_code AS code, n.name, count(*) AS events, sum(e.num_mentions) AS mentions, e.quad_class, \
                   e.goldstein FROM event_counts e LEFT JOIN names n ON n.kind = 'event' AND n.code = e.event_code \
                 WHERE {IN_SPAN} GROUP BY e.event_code ORDER BY events DESC, code LIMIT :limit"
            ),
            TopBy::Dyad => format!(
                "SELECT e.source_code AS source, e.target_code AS target, count(*) AS events, sum(e.num_mentions) AS mentions, \
                   round(sum(e.goldstein), 1) AS goldstein_sum, {QUAD_COLUMNS} FROM event_counts e \
                 WHERE e.source_code != '' AND e.target_code != '' AND {IN_SPAN} \
                 GROUP BY e.source_code, e.target_code ORDER BY events DESC, source, target LIMIT :limit"
            ),
        };
        let (since, until) = span.dates();
        Table::from_sql(&self.connection, &sql, named_params! {":since": since, ":until": until, ":limit": limit as i64})
            .map_err(|e| self.error(e))
    }

    /// One actor's events by period, as source and as target.
    pub fn timeline(&self, actor: &str, by: Period, span: Span) -> Result<Table> {
        let sql = format!(
            "SELECT {period} AS period, count(*) AS events, sum({as_source}) AS as_source, sum({as_target}) AS as_target, \
               sum(e.num_mentions) AS mentions, round(avg(e.goldstein), 2) AS goldstein_mean, {QUAD_COLUMNS} \
             FROM event_counts e LEFT JOIN actors sa ON sa.code = e.source_code LEFT JOIN actors ta ON ta.code = e.target_code \
             WHERE ({as_source} OR {as_target}) AND {IN_SPAN} GROUP BY period ORDER BY period",
            period = by.sql(),
            as_source = actor_is("source", "sa", ":actor"),
            as_target = actor_is("target", "ta", ":actor"),
        );
        let (since, until) = span.dates();
        Table::from_sql(&self.connection, &sql, named_params! {":actor": actor, ":since": since, ":until": until})
            .map_err(|e| self.error(e))
    }
}
