//! Retrieval quality on a labelled query set (`tests/queries.json`): every
//! label lists the blocks a reader would expect in the first five results.

use qazaq_reader::core::article::Article;
use qazaq_reader::core::search::SearchIndex;
use serde::Deserialize;

#[derive(Deserialize)]
struct Labelled {
    query: String,
    kind: String,
    expect: Vec<String>,
}

const MIN_RECALL_AT_5: f64 = 0.95;
/// No kind of query (inflection, latin, typo, …) may fall below this recall.
const MIN_RECALL_PER_KIND: f64 = 0.9;
const MIN_MRR: f64 = 0.9;
/// The queries that find every expected block in their first five results
/// today: none of them may stop doing so.
const HITS_FIXTURE: &str = "tests/fixtures/search_hits.json";

fn load() -> (SearchIndex, Vec<Labelled>) {
    let dir = env!("CARGO_MANIFEST_DIR");
    let article =
        std::fs::read_to_string(format!("{dir}/data/article.json")).expect("article.json");
    let article: Article = serde_json::from_str(&article).expect("article parses");
    let queries =
        std::fs::read_to_string(format!("{dir}/tests/queries.json")).expect("queries.json");
    let queries: Vec<Labelled> = serde_json::from_str(&queries).expect("queries parse");
    (SearchIndex::build(&article), queries)
}

#[test]
fn recall_at_5_and_mrr() {
    let (index, queries) = load();
    assert!(queries.len() >= 40, "the set must stay broad");
    let mut recall_sum = 0.0;
    let mut rr_sum = 0.0;
    let mut misses = Vec::new();
    // Kind → (recall sum, queries).
    let mut kinds: std::collections::BTreeMap<&str, (f64, usize)> = Default::default();
    let mut hits: Vec<&str> = Vec::new();
    for q in &queries {
        let results = index.search(&q.query, 10);
        let ids: Vec<&str> = results.hits.iter().map(|h| h.block_id.as_str()).collect();
        let top5 = &ids[..ids.len().min(5)];
        let found = q
            .expect
            .iter()
            .filter(|e| top5.contains(&e.as_str()))
            .count();
        let recall = found as f64 / q.expect.len() as f64;
        recall_sum += recall;
        let kind = kinds.entry(&q.kind).or_default();
        kind.0 += recall;
        kind.1 += 1;
        if found == q.expect.len() {
            hits.push(&q.query);
        }
        let first = ids.iter().position(|id| q.expect.iter().any(|e| e == id));
        rr_sum += first.map_or(0.0, |p| 1.0 / (p as f64 + 1.0));
        if found < q.expect.len() || first != Some(0) {
            misses.push(format!(
                "  [{}] {:?}: expected {:?}, got {:?}",
                q.kind, q.query, q.expect, top5
            ));
        }
    }
    let n = queries.len() as f64;
    let recall = recall_sum / n;
    let mrr = rr_sum / n;
    println!(
        "queries: {}  recall@5: {recall:.3}  MRR: {mrr:.3}",
        queries.len()
    );
    if !misses.is_empty() {
        println!("not perfect (an expected block missing from the top 5, or not first):");
    }
    for m in &misses {
        println!("{m}");
    }
    for (kind, (sum, n)) in &kinds {
        println!("  {kind}: recall@5 {:.3} over {n}", sum / *n as f64);
    }
    assert!(
        recall >= MIN_RECALL_AT_5,
        "recall@5 {recall:.3} below {MIN_RECALL_AT_5}"
    );
    assert!(mrr >= MIN_MRR, "MRR {mrr:.3} below {MIN_MRR}");
    for (kind, (sum, n)) in &kinds {
        let recall = sum / *n as f64;
        assert!(
            recall >= MIN_RECALL_PER_KIND,
            "{kind}: recall@5 {recall:.3} below {MIN_RECALL_PER_KIND}"
        );
    }
    let dir = env!("CARGO_MANIFEST_DIR");
    let baseline: Vec<String> = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/{HITS_FIXTURE}")).expect("hits fixture"),
    )
    .expect("hits fixture parses");
    let lost: Vec<&String> = baseline
        .iter()
        .filter(|q| !hits.contains(&q.as_str()))
        .collect();
    assert!(
        lost.is_empty(),
        "queries that were hits are now misses: {lost:?}"
    );
    let new: Vec<&&str> = hits
        .iter()
        .filter(|q| !baseline.iter().any(|b| b == **q))
        .collect();
    if !new.is_empty() {
        println!("new hits, to add to {HITS_FIXTURE}: {new:?}");
    }
}

#[test]
fn every_hit_leads_to_a_rendered_block() {
    let (index, queries) = load();
    let dir = env!("CARGO_MANIFEST_DIR");
    let article: Article = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}/data/article.json")).expect("read"),
    )
    .expect("parse");
    let mut ids: Vec<String> = article
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.id().to_string()))
        .collect();
    ids.extend(article.bibliography.entries.iter().map(|r| r.id.clone()));
    for q in &queries {
        for h in index.search(&q.query, 50).hits {
            assert!(
                ids.contains(&h.block_id),
                "{} from {:?}",
                h.block_id,
                q.query
            );
        }
    }
}
