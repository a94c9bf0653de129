//! Everything the reader works with, loaded once: the article, the people and
//! where the article names them.

use std::collections::HashMap;

use super::article::Article;
use super::people::{find_mentions, Mention, Person};

/// How the people index is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleOrder {
    /// Alphabetical, in Kazakh alphabet order.
    Name,
    /// Most mentioned first.
    Mentions,
    /// In the order the article first names them.
    FirstAppearance,
}

pub struct Library {
    pub article: Article,
    pub people: Vec<Person>,
    /// Every mention, in reading order.
    pub mentions: Vec<Mention>,
    /// Block id → indexes into `mentions`.
    by_block: HashMap<String, Vec<usize>>,
}

impl Library {
    pub fn new(article: Article, people: Vec<Person>) -> Self {
        let mentions = find_mentions(&article, &people);
        let mut by_block: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, m) in mentions.iter().enumerate() {
            by_block.entry(m.block_id.clone()).or_default().push(i);
        }
        Library {
            article,
            people,
            mentions,
            by_block,
        }
    }

    pub fn person(&self, slug: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.slug == slug)
    }

    /// The mentions inside one block, in order.
    pub fn mentions_in(&self, block_id: &str) -> Vec<&Mention> {
        self.by_block
            .get(block_id)
            .map(|ix| ix.iter().map(|&i| &self.mentions[i]).collect())
            .unwrap_or_default()
    }

    /// How many times the article names this person.
    pub fn mention_count(&self, slug: &str) -> usize {
        self.mentions.iter().filter(|m| m.person == slug).count()
    }

    /// Position of the person's first mention in reading order (`usize::MAX` if none).
    pub fn first_appearance(&self, slug: &str) -> usize {
        self.mentions
            .iter()
            .position(|m| m.person == slug)
            .unwrap_or(usize::MAX)
    }

    /// The people whose name, spellings or aliases contain `filter` (empty: all),
    /// in the given order.
    pub fn people_listing(&self, order: PeopleOrder, filter: &str) -> Vec<&Person> {
        let mut people: Vec<&Person> = self
            .people
            .iter()
            .filter(|p| person_matches(p, filter))
            .collect();
        match order {
            PeopleOrder::Name => people.sort_by_cached_key(|p| collation_key(&p.name)),
            PeopleOrder::Mentions => {
                people.sort_by_cached_key(|p| std::cmp::Reverse(self.mention_count(&p.slug)))
            }
            PeopleOrder::FirstAppearance => {
                people.sort_by_cached_key(|p| self.first_appearance(&p.slug))
            }
        }
        people
    }

    /// The text of a block, section title, reference or the author line, by id.
    pub fn text_of(&self, block_id: &str) -> Option<&str> {
        super::people::searchable_texts(&self.article)
            .into_iter()
            .find(|(id, _)| *id == block_id)
            .map(|(_, text)| text)
    }
}

/// The Kazakh Cyrillic alphabet, in order, for sorting names.
const ALPHABET: &str = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

/// A sort key that puts Kazakh letters in their alphabet order (`ә` after `а`,
/// not after `я` as code points would).
fn collation_key(name: &str) -> Vec<u32> {
    name.to_lowercase()
        .chars()
        .map(|c| match ALPHABET.chars().position(|a| a == c) {
            Some(i) => 0x1_0000 + i as u32,
            None => c as u32,
        })
        .collect()
}

fn person_matches(person: &Person, filter: &str) -> bool {
    let key = filter.trim().to_lowercase();
    if key.is_empty() {
        return true;
    }
    let fields = [&person.name, &person.latin, &person.russian];
    fields
        .into_iter()
        .chain(&person.aliases)
        .any(|f| f.to_lowercase().contains(&key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_letters_sort_in_alphabet_order() {
        let mut names = vec!["Әзиз", "Ахмет", "Бекір", "Ілияс", "Ыбырай"];
        names.sort_by_key(|n| collation_key(n));
        assert_eq!(names, ["Ахмет", "Әзиз", "Бекір", "Ыбырай", "Ілияс"]);
    }
}
