-- The members of one household, in order, found by (province, household): the lookup of the
-- registry's snapshot writer (household_snapshot), of household_register's member columns and of
-- every per-household read through the partitioned table. Without it PostgreSQL answered the pair
-- of conditions with a BitmapAnd of household_member_household and the primary key (province_id,
-- id), whose leading column matches every row of the partition: each household's snapshot read
-- all the province's members, so registering N households in one transaction took time in N²
-- (decision 1151).
CREATE INDEX household_member_of_household ON household_member (province_id, household_id, ord);
