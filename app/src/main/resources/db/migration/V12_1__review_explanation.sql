-- Decision 0102: the reasons and warnings of a review row as structured values, so that pages can
-- word them in the reader's language (Vietnamese by default, English with ?lang=en). One JSON
-- object {"reasons":[…],"warnings":[…]}, each reason or warning an object with a "code" and the
-- numbers and codes it was made of (vn.giamngheo.standard.Explanation documents the format).
-- The English texts of the exchange format stay in reasons and warnings, as the API gives them.
-- NULL for rows classified before this column existed: pages then show the English texts.
-- A plain column added to the partitioned parent: every province partition has it at once, and a
-- nullable column without a default rewrites nothing.
ALTER TABLE review_household ADD COLUMN explanation jsonb;
