import GRDB
import ParleyText

/// The index schema, created and upgraded by GRDB's `DatabaseMigrator`.
///
/// Tables:
/// - `article`: one row per distinct article text: its first identity's metadata and the full text.
/// - `article_key`: every identity an article was seen under (`id:…`, `url:…`, `hash:…`): the first one and
///   its wire copies, each with its own source, URL, date and `fingerprint` (hash of the title and text it
///   came with, to tell an unchanged re-read from a new version).
/// - `passage`: the article's passages as Unicode-scalar offsets into `article.text`; their text is
///   `passage_text.text` (a view), so the index does not store it twice. `words_hash` is the hash of the passage's
///   words (``QuoteStatement/wordsHash(_:)``; NULL under six words): passages with the same are copies.
/// - `passage_fts`: FTS5 over passage text and article title, external content `passage_text`, BM25 ranked,
///   tokenized by ``ParleyFTS5Tokenizer``; its third column, `impact`, holds each passage's level tokens
///   (``ImpactLevels``), with which a search proves its best matches without scoring every match; its fourth,
///   `facets`, each passage's speakers, entities, source and day as tokens (``FacetTerms``), with which FTS5 applies
///   a filter; ``PassageFullText`` writes its rows.
/// - `entity`: people, places and organisations by canonical name, and role labels nobody fills (a speaker such as
///   `Qatari prime minister`, kind `role`); `quote` (speaker) and `mention` point at it.
/// - `quote`: direct quotations with speaker, cue, method, kind and offsets; `quote_fts` indexes their text. A
///   transcript's turns are quotations of kind `turn` whose text is not stored again (``quoteText``) nor indexed in
///   `quote_fts`: `passage_fts` holds their words, and a turn spans the passages `passage_id`…`last_passage_id`.
/// - `mention`: each passage's entity mentions, with offsets: the facets.
/// - `parley_meta`: key/value facts about the file; `tokenizer` names the tokenizer and layout `passage_fts` was built
///   with (``fullTextLayout``),
///   `analysis` the ``ArticleExtraction/version`` its quotations and mentions were extracted with (missing: 1).
enum Schema {
    /// `PRAGMA application_id` of a Parley index ("PRLY"): tells our files from other SQLite databases.
    static let applicationID: Int32 = 0x5052_4C59

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-articles-passages") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        external_id TEXT,
                        url TEXT,
                        title TEXT NOT NULL,
                        source TEXT,
                        published TEXT,
                        byline TEXT,
                        text TEXT NOT NULL,
                        content_hash TEXT NOT NULL,
                        ingested_at TEXT NOT NULL
                    );
                    CREATE INDEX article_content_hash ON article(content_hash);
                    CREATE INDEX article_published ON article(published);
                    CREATE TABLE article_key (
                        key TEXT PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        external_id TEXT,
                        url TEXT,
                        source TEXT,
                        published TEXT,
                        fingerprint TEXT NOT NULL,
                        ingested_at TEXT NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX article_key_article ON article_key(article_id);
                    CREATE TABLE passage (
                        id INTEGER PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        UNIQUE (article_id, ordinal)
                    );
                    CREATE VIEW passage_text AS
                        SELECT passage.id AS id,
                               substr(article.text, passage.start + 1, passage."end" - passage.start) AS text,
                               article.title AS title
                        FROM passage JOIN article ON article.id = passage.article_id;
                    CREATE TABLE parley_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("v2-quotations") { db in
            try db.execute(
                sql: """
                    CREATE TABLE entity (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
                        folded TEXT NOT NULL,
                        surname TEXT NOT NULL,
                        UNIQUE (name, kind)
                    );
                    CREATE INDEX entity_folded ON entity(folded);
                    CREATE INDEX entity_surname ON entity(kind, surname);
                    CREATE TABLE quote (
                        id INTEGER PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        passage_id INTEGER REFERENCES passage(id) ON DELETE SET NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('full', 'partial', 'other')),
                        speaker_id INTEGER REFERENCES entity(id),
                        speaker_mention TEXT,
                        cue TEXT,
                        attribution TEXT,
                        method TEXT CHECK (method IN ('explicit', 'pronoun', 'title', 'continuation')),
                        confidence REAL NOT NULL
                    );
                    CREATE INDEX quote_article ON quote(article_id);
                    CREATE INDEX quote_passage ON quote(passage_id);
                    CREATE INDEX quote_speaker ON quote(speaker_id, kind);
                    """)
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE quote_fts USING fts5(
                        text, content = 'quote', content_rowid = 'id', tokenize = '\(tokenizer)'
                    );
                    """)
        }
        migrator.registerMigration("v3-entity-mentions") { db in
            try db.execute(
                sql: """
                    CREATE TABLE mention (
                        passage_id INTEGER NOT NULL REFERENCES passage(id) ON DELETE CASCADE,
                        entity_id INTEGER NOT NULL REFERENCES entity(id),
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL
                    );
                    CREATE INDEX mention_passage ON mention(passage_id);
                    CREATE INDEX mention_entity ON mention(entity_id, passage_id);
                    """)
        }
        // SQLite cannot alter a CHECK constraint: `entity` and `quote` are rebuilt (SQLite's "other alterations",
        // https://www.sqlite.org/lang_altertable.html#otheralter), keeping every row and row id, so `mention`,
        // `quote.speaker_id` and `quote_fts` (external content on quote ids) stay valid. The migrator turns foreign
        // keys off for the migration and runs `PRAGMA foreign_key_check` before it commits.
        migrator.registerMigration("v4-roles-offices-turns") { db in
            try db.execute(
                sql: """
                    CREATE TABLE new_entity (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', 'role')),
                        folded TEXT NOT NULL,
                        surname TEXT NOT NULL,
                        UNIQUE (name, kind)
                    );
                    INSERT INTO new_entity (id, name, kind, folded, surname)
                        SELECT id, name, kind, folded, surname FROM entity;
                    DROP TABLE entity;
                    ALTER TABLE new_entity RENAME TO entity;
                    CREATE INDEX entity_folded ON entity(folded);
                    CREATE INDEX entity_surname ON entity(kind, surname);
                    CREATE TABLE new_quote (
                        id INTEGER PRIMARY KEY,
                        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        passage_id INTEGER REFERENCES passage(id) ON DELETE SET NULL,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('full', 'partial', 'other', 'turn')),
                        speaker_id INTEGER REFERENCES entity(id),
                        speaker_mention TEXT,
                        cue TEXT,
                        attribution TEXT,
                        method TEXT CHECK (
                            method IN ('explicit', 'pronoun', 'title', 'continuation', 'office', 'role', 'label')),
                        confidence REAL NOT NULL
                    );
                    INSERT INTO new_quote (id, article_id, passage_id, start, "end", text, kind, speaker_id,
                                           speaker_mention, cue, attribution, method, confidence)
                        SELECT id, article_id, passage_id, start, "end", text, kind, speaker_id,
                               speaker_mention, cue, attribution, method, confidence FROM quote;
                    DROP TABLE quote;
                    ALTER TABLE new_quote RENAME TO quote;
                    CREATE INDEX quote_article ON quote(article_id);
                    CREATE INDEX quote_passage ON quote(passage_id);
                    CREATE INDEX quote_speaker ON quote(speaker_id, kind);
                    """)
        }
        // Transcripts: questioners are speakers of their own kind, and a turn knows its passages: from `passage_id`
        // to `last_passage_id` (a turn's passages are consecutive rows of its article; `--speaker` and search
        // results read the range, no row a passage is written).
        migrator.registerMigration("v5-transcript-turns") { db in
            try db.execute(
                sql: """
                    CREATE TABLE new_entity (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', 'role', 'questioner')),
                        folded TEXT NOT NULL,
                        surname TEXT NOT NULL,
                        UNIQUE (name, kind)
                    );
                    INSERT INTO new_entity (id, name, kind, folded, surname)
                        SELECT id, name, kind, folded, surname FROM entity;
                    DROP TABLE entity;
                    ALTER TABLE new_entity RENAME TO entity;
                    CREATE INDEX entity_folded ON entity(folded);
                    CREATE INDEX entity_surname ON entity(kind, surname);
                    ALTER TABLE quote ADD COLUMN last_passage_id INTEGER;
                    DROP TABLE quote_fts;
                    """)
            // Turns' words are the passages': `quote_fts` indexes the other quotations, through a view, so that
            // FTS5's own integrity check (`parley check`) finds its content and its index in agreement.
            try createQuoteFullTextTable(db)
            try db.execute(sql: "INSERT INTO quote_fts(quote_fts) VALUES ('rebuild')")
        }
        // `passage_fts` last: its content view reads quotations and mentions (``FacetTerms``), and SQLite checks the
        // views when the migrations above rename tables. A later migration that rebuilds `quote` or `mention` under
        // another name and renames it (as v4 did) must drop the views `passage_text` and `passage_facets` first and
        // create them again after (``createFullTextTable(_:)``'s statements). An index made before has its table, in an
        // older layout (`parley reindex` rebuilds it); one without (made by hand to schema v5) gets it, filled.
        migrator.registerMigration("v6-passage-full-text") { db in
            if try !db.tableExists("passage_fts") {
                try createFullTextTable(db)
                try db.execute(sql: "INSERT INTO passage_fts(passage_fts) VALUES ('rebuild')")
            }
        }
        // Each passage's words as a hash (``QuoteStatement/wordsHash(_:)``), with which a search folds copies and
        // counts them once without reading every match's text; filled for the passages already stored (one
        // transaction, about 17 µs a passage: 55 s for 3.2 million; `parley reindex` fills it again).
        migrator.registerMigration("v7-passage-words-hash") { db in
            try db.execute(sql: "ALTER TABLE passage ADD COLUMN words_hash INTEGER")
            try fillWordsHashes(db)
        }
        // Each word's passages (``TermPassages``), counted from FTS5's vocabulary for the passages already stored (a
        // walk of every doclist: about 15 s at 3.2 million passages); the writers keep them from then on.
        migrator.registerMigration("v8-term-passages") { db in
            try db.execute(sql: TermPassages.createTable)
            try TermPassages.recount(db)
        }
        return migrator
    }

    /// Sets `passage.words_hash` of every stored passage, an article at a time (its text read once).
    static func fillWordsHashes(_ db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE passage SET words_hash = ? WHERE id = ?")
        let passages = try db.makeStatement(sql: #"SELECT id, start, "end" FROM passage WHERE article_id = ?"#)
        let articles = try Row.fetchCursor(db, sql: "SELECT id, text FROM article")
        while let article = try articles.next() {
            let bytes = ArticleBytes(article[1] as String)
            let id: Int64 = article[0]
            for row in try Row.fetchAll(passages, arguments: [id]) {
                let text = String(decoding: bytes.slice(row[1], row[2]), as: UTF8.self)
                try update.execute(arguments: [QuoteStatement.wordsHash(text), row[0] as Int64])
            }
        }
    }

    /// A quotation's text in SQL over `quote` joined with `article`: a turn's is not stored twice (it is the
    /// article's text between its offsets; `substr` counts characters, as the offsets do).
    static let quoteText = """
        CASE WHEN quote.kind = 'turn' THEN substr(article.text, quote.start + 1, quote."end" - quote.start) \
        ELSE quote.text END
        """

    /// The extraction version of a fresh index, and of one whose every article was (re-)extracted.
    static let analysis = ArticleExtraction.version

    /// The ``ArticleExtraction/version`` the stored quotations and mentions were extracted with (1 when unrecorded:
    /// indexes from before the version was kept).
    static func builtAnalysis(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM parley_meta WHERE key = 'analysis'").flatMap { Int($0) } ?? 1
    }

    /// Records that every stored article was extracted with this Parley's extraction.
    static func recordAnalysis(_ db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO parley_meta (key, value) VALUES ('analysis', ?)", arguments: [String(analysis)]
        )
    }

    /// Records that the stored entities follow the alias file holding `text` (`nil`: no file), by its hash.
    static func recordAliases(_ db: Database, text: String?) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO parley_meta (key, value) VALUES ('aliases', ?)",
            arguments: [aliasesDigest(text)])
    }

    /// Whether the stored entities follow the alias file holding `text`; `nil` when the index never recorded
    /// which file it follows (made before Parley recorded it).
    static func followsAliases(_ db: Database, text: String?) throws -> Bool? {
        try String.fetchOne(db, sql: "SELECT value FROM parley_meta WHERE key = 'aliases'")
            .map { $0 == aliasesDigest(text) }
    }

    private static func aliasesDigest(_ text: String?) -> String {
        text.map { ContentHash.hex(of: $0) } ?? "none"
    }

    /// FTS5 over quotation text (external content: the view `quote_text`, every quotation but the turns), for
    /// `parley quotes QUERY`.
    static func createQuoteFullTextTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE VIEW IF NOT EXISTS quote_text AS SELECT id, text FROM quote WHERE kind <> 'turn';
                CREATE VIRTUAL TABLE quote_fts USING fts5(
                    text, content = 'quote_text', content_rowid = 'id', tokenize = '\(tokenizer)'
                );
                """)
        try FullTextMerge.recordSettled(db, table: "quote_fts", pages: 0)
    }

    /// The tokenizer new full-text tables are built with.
    static let tokenizer = Tokenizer.name

    /// What `parley_meta`'s `tokenizer` records: the tokenizer and the layout of `passage_fts` (its hidden `impact`
    /// column of ``ImpactLevels`` and `facets` column of ``FacetTerms``). An index built otherwise needs
    /// `parley reindex`.
    static let fullTextLayout = Tokenizer.name + "+impact3+facets1"

    /// Creates `passage_fts` with the current tokenizer and layout (and its content view `passage_text`, and
    /// `passage_facets`) and records them in `parley_meta`.
    ///
    /// `impact` holds no text of its own: its value is the passage text and the title behind a 0x01 byte, from which
    /// the tokenizer derives the passage's level tokens (``ImpactLevels``). `facets` is the passage's filter tokens
    /// (``FacetTerms``). Ranking gives both weight 0.
    static func createFullTextTable(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP VIEW IF EXISTS passage_text;
                DROP VIEW IF EXISTS passage_facets;
                CREATE VIEW passage_text AS
                    SELECT passage.id AS id,
                           substr(article.text, passage.start + 1, passage."end" - passage.start) AS text,
                           article.title AS title,
                           char(1) || substr(article.text, passage.start + 1, passage."end" - passage.start)
                               || char(1) || article.title AS impact,
                           \(FacetTerms.sql) AS facets
                    FROM passage JOIN article ON article.id = passage.article_id;
                CREATE VIEW passage_facets AS
                    SELECT passage.id AS id, \(FacetTerms.sql) AS facets
                    FROM passage JOIN article ON article.id = passage.article_id;
                CREATE VIRTUAL TABLE passage_fts USING fts5(
                    text, title, impact, facets,
                    content = 'passage_text', content_rowid = 'id',
                    tokenize = '\(tokenizer)'
                );
                INSERT INTO passage_fts(passage_fts, rank) VALUES ('rank', 'bm25(\(RankArguments.textWeight), \(RankArguments.titleWeight), 0.0, 0.0)');
                INSERT INTO passage_fts(passage_fts, rank) VALUES ('pgsz', \(fullTextPageSize));
                INSERT OR REPLACE INTO parley_meta (key, value) VALUES ('tokenizer', ?);
                """, arguments: [fullTextLayout])
        try FullTextMerge.recordSettled(db, table: "passage_fts", pages: 0)
    }

    /// The size of `passage_fts`'s leaf pages (FTS5's `pgsz`, 4,050 bytes by default): a search jumps to the page of
    /// the next passage it needs (another term's match, a filter's, a level's) and reads the page's entries before
    /// it one by one, about 400 on a page of a frequent word at 4 KB. Smaller pages, fewer entries read:
    /// callgrind at 10× (3.2 million passages), `said --speaker John Kerry --entity Iran --since …` 40% fewer
    /// instructions, `"the president said"` 27%, `said sanctions` 23%. Four leaf pages (at most 1,003 bytes, a
    /// row each of `passage_fts_data`) fit one 4 KB page of SQLite's, where 1,024 left a quarter of it empty (the
    /// briefings' index 11% larger, against 0.7% at 1,000, vacuumed). Segments written before keep their size
    /// until `parley reindex`.
    static let fullTextPageSize = 1000

    /// The tokenizer the index's full-text table was built with.
    static func builtTokenizer(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM parley_meta WHERE key = 'tokenizer'")
    }
}
