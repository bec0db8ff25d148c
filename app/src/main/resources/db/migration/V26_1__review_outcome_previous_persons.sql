-- The persons a household had on the previous list, kept beside its persons after the campaign so
-- that a campaign's opening balance in persons is the list in force, whatever the survey found
-- (decision 1601). NULL on outcomes frozen before: read as the persons after.
ALTER TABLE review_outcome ADD COLUMN previous_persons int;
