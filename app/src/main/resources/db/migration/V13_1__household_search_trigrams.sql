-- Household search finds a name or code anywhere in it ("văn an" finds "Nguyễn Văn An"): a LIKE
-- '%…%' that B-tree indexes cannot serve, so a province-wide search read every household and member
-- of the province (6–10 s at 1 M households, docs/scaling.md). Trigram indexes (pg_trgm, a trusted
-- extension shipped with PostgreSQL: a database owner may create it) serve such patterns of three
-- characters or more.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX household_search_trgm ON household USING gin (search_name gin_trgm_ops);
CREATE INDEX household_code_trgm ON household USING gin (lower(code) gin_trgm_ops);
CREATE INDEX household_member_search_trgm ON household_member USING gin (search_name gin_trgm_ops);
