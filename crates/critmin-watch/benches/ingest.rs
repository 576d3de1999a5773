//! Ingest speed: the evaluation corpus (12 languages) through the whole pipeline, with the
//! gazetteer's automata built once beforehand. Run: `cargo bench -p critmin-watch`.

use critmin_watch::eval::{self, CorpusItem};
use critmin_watch::{Gazetteer, Lang};

fn main() {
    divan::main();
}

fn corpus() -> Vec<CorpusItem> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let mut items = Vec::new();
    for lang in Lang::ALL {
        if let Ok(text) = std::fs::read_to_string(dir.join(format!("{}.jsonl", lang.code()))) {
            items.extend(eval::parse_corpus(&text, lang.code()).0);
        }
    }
    items
}

/// All corpus articles, one pass (divan reports time per pass; articles/s = count / time).
#[divan::bench(sample_count = 30)]
fn whole_corpus(bencher: divan::Bencher) {
    let items = corpus();
    let _ = Gazetteer::bundled();
    bencher.counter(divan::counter::ItemsCount::new(items.len())).bench(|| {
        let mut n = 0usize;
        for it in &items {
            n += critmin_watch::ingest_text(&it.id, divan::black_box(&it.text), Some(it.date)).events.len();
        }
        n
    });
}

/// Building the gazetteer's 12 automata from the bundled TSV (done once per process).
#[divan::bench(sample_count = 5)]
fn build_gazetteer() -> usize {
    Gazetteer::from_tsv(critmin_watch::gazetteer::GAZETTEER_TSV).map(|g| g.len()).unwrap_or(0)
}
