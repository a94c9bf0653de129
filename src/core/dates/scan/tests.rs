//! The scanner on the article's tricky cases.

use super::*;

/// `(text covered, kind)` of every hit.
fn hits(text: &str, bare_years: bool) -> Vec<(&str, Kind)> {
    scan(text, bare_years)
        .into_iter()
        .map(|h| (&text[h.range], h.kind))
        .collect()
}

fn year(y: u16) -> Kind {
    Kind::Date(Date::year(y))
}

fn range(a: u16, b: u16) -> Kind {
    Kind::Date(Date {
        end_year: Some(b),
        precision: Precision::Range,
        ..Date::year(a)
    })
}

fn day(y: u16, m: u8, d: Option<u8>) -> Kind {
    Kind::Date(Date {
        month: Some(m),
        day: d,
        precision: if d.is_some() {
            Precision::Day
        } else {
            Precision::Month
        },
        ..Date::year(y)
    })
}

#[test]
fn years_ranges_and_decades() {
    assert_eq!(hits("1991 жылы", false), [("1991 жылы", year(1991))]);
    assert_eq!(
        hits("1911-1913 жылдары шығып", false),
        [("1911-1913 жылдары", range(1911, 1913))]
    );
    assert_eq!(hits("1937-1938", false), [("1937-1938", range(1937, 1938))]);
    assert_eq!(
        hits("Өткен ғасырдың 1930-1940 жылдары", false),
        [("1930-1940 жылдары", range(1930, 1940))]
    );
    assert_eq!(
        hits("1990 жылдардың басында", false),
        [(
            "1990 жылдардың",
            Kind::Date(Date {
                end_year: Some(1999),
                precision: Precision::Decade,
                ..Date::year(1990)
            })
        )]
    );
    assert_eq!(
        hits("2017 жылмен салыстырғанда", false),
        [("2017 жылмен", year(2017))]
    );
    assert_eq!(
        hits("1918 жылдың басында", false),
        [("1918 жылдың", year(1918))]
    );
}

#[test]
fn months_and_days_are_kept() {
    assert_eq!(
        hits("1920 жылдың сәуір айында большевиктік", false),
        [("1920 жылдың сәуір айында", day(1920, 4, None))]
    );
    assert_eq!(
        hits("Өткен 1911 жылғы мамыр айының басында", false),
        [("1911 жылғы мамыр айының", day(1911, 5, None))]
    );
    assert_eq!(
        hits("2005 жылдың 24 мамыры күні", false),
        [("2005 жылдың 24 мамыры", day(2005, 5, Some(24)))]
    );
    assert_eq!(
        hits("1938 жылдың 10 ақпаны күні", false),
        [("1938 жылдың 10 ақпаны", day(1938, 2, Some(10)))]
    );
    assert_eq!(
        hits("Четверг, 28 декабря 2017 года", true),
        [("28 декабря 2017 года", day(2017, 12, Some(28)))]
    );
}

#[test]
fn anniversaries_are_not_years() {
    for (text, n) in [
        ("100 жылдық мерейтойын", 100),
        ("1300 жылдық мерейтойын", 1300),
        ("600 жылдық,", 600),
        ("Абайдың 150 жылдық", 150),
        ("100 жылдығына арналады", 100),
    ] {
        let found = hits(text, false);
        assert_eq!(found.len(), 1, "{text}");
        assert_eq!(found[0].1, Kind::Anniversary { years: n }, "{text}");
    }
    assert_eq!(
        hits("құрылғанына 100 жыл толған еді", false),
        [("100 жыл толған", Kind::Anniversary { years: 100 })]
    );
}

#[test]
fn other_numbers_are_not_dates() {
    for text in [
        "16 мың зиялы",
        "130 мың этникалық",
        "220,7 миллион долларға",
        "1,6 есе артып",
        "44 Әзербайжандық әйел",
        "№ 154, Четверг",
        "440 səh., s.173",
        "Т.2. - Алматы",
        "30 жыл бойы",
        "2018жыл",
        "5-1913",
        "1913-1911 кітап",
    ] {
        assert_eq!(hits(text, false), [], "{text}");
    }
    // A bare year is a date only in a bibliography entry.
    assert_eq!(hits("Bakı, 2004, 440 səh.", false), []);
    assert_eq!(hits("Bakı, 2004, 440 səh.", true), [("2004", year(2004))]);
    assert_eq!(hits("Қайнар, 1999. - 520 б.", true), [("1999", year(1999))]);
    assert_eq!(hits("№ 1999", true), []);
    // Out-of-range numbers do not overflow.
    assert_eq!(hits("99999999999999999999 жылы", false), []);
}
