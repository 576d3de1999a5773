//! The self-contained HTML report of a stress test: summary, and charts drawn as inline SVG (no
//! script, no network: the file opens anywhere and prints).

use std::fmt::Write as _;

use critmin_core::Dataset;
use critmin_sim::{Band, Ensemble, Run, Scenario};

const W: f64 = 760.0;
const H: f64 = 300.0;
const L: f64 = 70.0;
const R: f64 = 150.0;
const T: f64 = 30.0;
const B: f64 = 40.0;

/// Escapes text for HTML.
pub fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A chart frame: x is the month index 0..n, y maps [lo, hi] (log10 when `log`).
struct Frame {
    n: usize,
    lo: f64,
    hi: f64,
    log: bool,
}

impl Frame {
    fn x(&self, t: f64) -> f64 {
        L + (W - L - R) * t / (self.n.max(2) - 1) as f64
    }
    fn y(&self, v: f64) -> f64 {
        let (v, lo, hi) =
            if self.log { (v.max(1e-9).log10(), self.lo.log10(), self.hi.log10()) } else { (v, self.lo, self.hi) };
        let f = if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
        T + (H - T - B) * (1.0 - f.clamp(0.0, 1.0))
    }
    fn axes(&self, svg: &mut String, months: &[String], unit: &str) {
        let _ = write!(svg, r##"<line x1="{L}" y1="{}" x2="{}" y2="{}" stroke="#555"/>"##, H - B, W - R, H - B);
        let _ = write!(svg, r##"<line x1="{L}" y1="{T}" x2="{L}" y2="{}" stroke="#555"/>"##, H - B);
        let step = (months.len() / 6).max(1);
        for (t, m) in months.iter().enumerate().step_by(step) {
            let _ = write!(
                svg,
                r##"<text x="{:.1}" y="{}" font-size="11" text-anchor="middle">{m}</text>"##,
                self.x(t as f64),
                H - B + 16.0
            );
        }
        let ticks: Vec<f64> = if self.log {
            [0.01, 0.1, 1.0, 10.0, 100.0]
                .into_iter()
                .filter(|v| *v >= self.lo * 0.999 && *v <= self.hi * 1.001)
                .collect()
        } else {
            (0..=4).map(|i| self.lo + (self.hi - self.lo) * i as f64 / 4.0).collect()
        };
        for v in ticks {
            let y = self.y(v);
            let _ = write!(
                svg,
                r##"<line x1="{L}" y1="{y:.1}" x2="{}" y2="{y:.1}" stroke="#ddd"/><text x="{}" y="{:.1}" font-size="11" text-anchor="end">{}</text>"##,
                W - R,
                L - 6.0,
                y + 4.0,
                label(v)
            );
        }
        let _ = write!(
            svg,
            r##"<text x="12" y="{}" font-size="11" transform="rotate(-90 12 {})" text-anchor="middle">{}</text>"##,
            (T + H - B) / 2.0,
            (T + H - B) / 2.0,
            esc(unit)
        );
    }
}

fn label(v: f64) -> String {
    let a = v.abs();
    if a >= 1e6 {
        format!("{:.1}M", v / 1e6)
    } else if a >= 1e4 {
        format!("{:.0}k", v / 1e3)
    } else if a >= 1e3 {
        format!("{:.1}k", v / 1e3)
    } else if a >= 10.0 || a == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

fn open(title: &str) -> String {
    format!(
        r##"<figure><figcaption>{}</figcaption><svg viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{}" font-family="sans-serif">"##,
        esc(title),
        esc(title)
    )
}

fn legend(svg: &mut String, items: &[(&str, &str)]) {
    for (i, (name, color)) in items.iter().enumerate() {
        let y = T + 14.0 * i as f64;
        let _ = write!(
            svg,
            r##"<rect x="{}" y="{y}" width="10" height="10" fill="{color}"/><text x="{}" y="{}" font-size="11">{}</text>"##,
            W - R + 10.0,
            W - R + 24.0,
            y + 9.0,
            esc(name)
        );
    }
}

fn path(frame: &Frame, values: &[f64]) -> String {
    values
        .iter()
        .enumerate()
        .map(|(t, v)| format!("{}{:.1},{:.1}", if t == 0 { "M" } else { "L" }, frame.x(t as f64), frame.y(*v)))
        .collect()
}

fn line_chart(title: &str, unit: &str, months: &[String], series: &[(&str, &str, Vec<f64>)], log: bool) -> String {
    let all = series.iter().flat_map(|s| s.2.iter().copied()).filter(|v| v.is_finite());
    let (mut lo, mut hi) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| (a.min(v), b.max(v)));
    if log {
        lo = 10f64.powf(lo.max(1e-3).log10().floor());
        hi = 10f64.powf(hi.max(lo * 1.01).log10().ceil());
    } else {
        lo = lo.min(0.0);
        hi = hi.max(lo + 1.0);
    }
    let frame = Frame { n: months.len(), lo, hi, log };
    let mut svg = open(title);
    frame.axes(&mut svg, months, unit);
    for (_, color, values) in series {
        let _ = write!(svg, r##"<path d="{}" fill="none" stroke="{color}" stroke-width="2"/>"##, path(&frame, values));
    }
    legend(&mut svg, &series.iter().map(|s| (s.0, s.1)).collect::<Vec<_>>());
    svg + "</svg></figure>"
}

fn stacked_chart(title: &str, months: &[String], layers: &[(&str, &str, Vec<f64>)]) -> String {
    let n = months.len();
    let tops: Vec<f64> = (0..n).map(|t| layers.iter().map(|l| l.2[t].max(0.0)).sum()).collect();
    let frame = Frame { n, lo: 0.0, hi: tops.iter().copied().fold(1.0, f64::max), log: false };
    let mut svg = open(title);
    let mut base = vec![0.0; n];
    for (_, color, values) in layers {
        let upper: Vec<f64> = (0..n).map(|t| base[t] + values[t].max(0.0)).collect();
        let mut d = path(&frame, &upper);
        for t in (0..n).rev() {
            let _ = write!(d, "L{:.1},{:.1}", frame.x(t as f64), frame.y(base[t]));
        }
        let _ = write!(svg, r##"<path d="{d}Z" fill="{color}" stroke="none"/>"##);
        base = upper;
    }
    frame.axes(&mut svg, months, "tonnes per month");
    legend(&mut svg, &layers.iter().map(|l| (l.0, l.1)).collect::<Vec<_>>());
    svg + "</svg></figure>"
}

fn bar_chart(title: &str, bars: &[(String, f64)]) -> String {
    let h = T + 22.0 * bars.len() as f64 + 10.0;
    let max = bars.iter().map(|b| b.1).fold(1e-9, f64::max);
    let mut svg = format!(
        r##"<figure><figcaption>{}</figcaption><svg viewBox="0 0 {W} {h}" width="{W}" height="{h}" role="img" aria-label="{}" font-family="sans-serif">"##,
        esc(title),
        esc(title)
    );
    for (i, (name, v)) in bars.iter().enumerate() {
        let y = T + 22.0 * i as f64;
        let w = (W - 340.0) * v / max;
        let _ = write!(
            svg,
            r##"<text x="150" y="{}" font-size="12" text-anchor="end">{}</text><rect x="160" y="{y}" width="{w:.1}" height="16" fill="#c0392b"/><text x="{:.1}" y="{}" font-size="11">{} t</text>"##,
            y + 12.0,
            esc(name),
            166.0 + w,
            y + 12.0,
            crate::output::big(Some(*v))
        );
    }
    svg + "</svg></figure>"
}

fn band_chart(title: &str, unit: &str, months: &[String], bands: &[Band], color: &str) -> String {
    let hi = bands.iter().map(|b| b.p95).fold(1e-9, f64::max);
    let lo = bands.iter().map(|b| b.p5).fold(0.0, f64::min);
    let frame = Frame { n: months.len(), lo, hi, log: false };
    let mut svg = open(title);
    frame.axes(&mut svg, months, unit);
    let mut d = path(&frame, &bands.iter().map(|b| b.p95).collect::<Vec<_>>());
    for (t, b) in bands.iter().enumerate().rev() {
        let _ = write!(d, "L{:.1},{:.1}", frame.x(t as f64), frame.y(b.p5));
    }
    let _ = write!(
        svg,
        r##"<path d="{d}Z" fill="{color}" fill-opacity="0.25"/><path d="{}" fill="none" stroke="{color}" stroke-width="2"/>"##,
        path(&frame, &bands.iter().map(|b| b.p50).collect::<Vec<_>>())
    );
    legend(&mut svg, &[("P50", color), ("P5-P95", "#bbbbbb")]);
    svg + "</svg></figure>"
}

/// The whole report.
pub fn html(ds: &Dataset, s: &Scenario, run: &Run, ensemble: Option<&Ensemble>, summary_text: &str) -> String {
    let months: Vec<String> = (0..run.n_months).map(|t| s.first_month.plus(t as i64).to_string()).collect();
    let n_imp = run.importers.len();
    // The group charted: importers targeted in any month (all importers when none is).
    let ever: Vec<bool> = (0..n_imp).map(|k| (0..run.n_months).any(|t| run.at(t, k).targeted)).collect();
    let any_target = ever.iter().any(|&e| e);
    let group = |t: usize, f: &dyn Fn(&critmin_sim::ImporterMonth) -> f64| -> f64 {
        (0..n_imp).filter(|&k| ever[k] || !any_target).map(|k| f(run.at(t, k))).sum()
    };
    let layer =
        |f: &dyn Fn(&critmin_sim::ImporterMonth) -> f64| (0..run.n_months).map(|t| group(t, f)).collect::<Vec<f64>>();
    let who = if any_target { "targeted importers" } else { "all importers" };
    let mut body = String::new();
    body.push_str(&line_chart(
        "Price path (ratio to the baseline price, log scale)",
        "price / baseline",
        &months,
        &[
            ("targeted importers", "#c0392b", run.price_targets.clone()),
            ("other importers", "#2980b9", run.price_others.clone()),
            ("restricting country", "#7f8c8d", run.price_home.clone()),
        ],
        true,
    ));
    body.push_str(&stacked_chart(
        &format!("Supply of the {who} by source, and what they lack"),
        &months,
        &[
            ("direct", "#2c3e50", layer(&|m| m.direct)),
            ("rerouted", "#16a085", layer(&|m| m.rerouted)),
            ("new supply", "#27ae60", layer(&|m| m.new_supply)),
            ("bought from others", "#8e44ad", layer(&|m| m.market_reallocation)),
            ("kept at home", "#95a5a6", layer(&|m| m.home_supply)),
            ("stock draw", "#f39c12", layer(&|m| m.stock_draw)),
            ("shortfall", "#e74c3c", layer(&|m| m.shortfall)),
        ],
    ));
    let mut order: Vec<usize> = (0..n_imp).collect();
    order.sort_by(|&a, &b| run.importer_unmet(b).total_cmp(&run.importer_unmet(a)));
    let bars: Vec<(String, f64)> = order
        .iter()
        .take(15)
        .filter(|&&k| run.importer_unmet(k) > 0.0)
        .map(|&k| (ds.country(run.importers[k]).name.clone(), run.importer_unmet(k)))
        .collect();
    if !bars.is_empty() {
        body.push_str(&bar_chart("Cumulative shortfall by importer", &bars));
    }
    if let Some(e) = ensemble {
        body.push_str(&band_chart(
            &format!("Monte Carlo ({} runs, seed {}): total shortfall per month", e.runs, e.seed),
            "tonnes per month",
            &months,
            &e.shortfall,
            "#e74c3c",
        ));
        if any_target {
            body.push_str(&band_chart(
                "Monte Carlo: price ratio for targeted importers",
                "price / baseline",
                &months,
                &e.price_targets,
                "#c0392b",
            ));
        }
    }
    let intro = format!(
        "{}; baseline {} (CEPII BACI trade); generated by critmin {}. Model: docs/model.md.",
        esc(&ds.mineral(s.mineral).name),
        s.baseline_year,
        env!("CARGO_PKG_VERSION")
    );
    page(&s.name, &intro, &body, summary_text)
}

/// A whole self-contained page: title, an introductory line (HTML), charts, and the text summary
/// (which carries the notes on illustrative figures).
pub fn page(title: &str, intro_html: &str, charts: &str, summary: &str) -> String {
    format!(
        r##"<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;max-width:900px;margin:2em auto;color:#222}}pre{{background:#f6f6f6;padding:1em;overflow-x:auto;font-size:12px}}figure{{margin:1.5em 0}}figcaption{{font-weight:bold;margin-bottom:.4em}}</style>
</head><body>
<h1>{title}</h1>
<p>{intro_html}</p>
{charts}
<h2>Summary</h2>
<pre>{summary}</pre>
</body></html>
"##,
        title = esc(title),
        summary = esc(summary),
    )
}
