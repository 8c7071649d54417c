-- The needs figures are kept like the dashboards' (decision 089): needs and claims move their
-- community's figures stamp.
CREATE TRIGGER figures_stamp_insert AFTER INSERT ON "Need"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows();
CREATE TRIGGER figures_stamp_update AFTER UPDATE ON "Need"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows();
CREATE TRIGGER figures_stamp_delete AFTER DELETE ON "Need"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows();

CREATE TRIGGER figures_stamp_insert AFTER INSERT ON "NeedClaim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows();
CREATE TRIGGER figures_stamp_update AFTER UPDATE ON "NeedClaim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows();
CREATE TRIGGER figures_stamp_delete AFTER DELETE ON "NeedClaim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_bump_community_rows();
