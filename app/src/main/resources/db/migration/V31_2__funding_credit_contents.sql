-- The VBSP lending programs the commune records that the catalogue of V20_2 did not hold, so that
-- every loan program has a content (the link of a loan to the household's support) and its terms
-- live with the other norms. Only what docs/domain/funding-and-support.md gives as [firm]:
-- contract work abroad lends at the poor-household rate (Pháp điển, Law on Employment), the housing
-- loan of QĐ 33/2015 at 3 %/year. Student and clean-water loans: their terms were not found, so the
-- contents ship with no norm and show "chưa cấu hình" until an administrator adds one.
INSERT INTO funding_content (code, name, group_id, component_id, tranches, valid_from, valid_to, legal_source, confidence,
                             created_at, created_by)
SELECT c.code, c.name, g.id, comp.id, NULL, c.vf::date, NULL, c.src, c.conf, now(), 'flyway'
FROM (VALUES
  ('VAY_XKLD', 'Cho vay đi làm việc ở nước ngoài theo hợp đồng', 'VAY_VON', '2008-01-01', 'Luật Việc làm; Pháp điển chủ đề Việc làm', 'FIRM'),
  ('VAY_HSSV', 'Cho vay học sinh, sinh viên', 'VAY_VON', '2007-01-01', 'Ngân hàng Chính sách xã hội (điều kiện vay chưa có trong ghi chú)', 'LIKELY'),
  ('VAY_NUOC_SACH', 'Cho vay nước sạch và vệ sinh môi trường nông thôn', 'VAY_VON', '2004-01-01', 'Ngân hàng Chính sách xã hội (điều kiện vay chưa có trong ghi chú)', 'LIKELY')
) AS c(code, name, grp, vf, src, conf)
JOIN funding_content_group g ON g.code = c.grp
JOIN funding_program p ON p.code = 'CS-THUONG-XUYEN'
JOIN funding_component comp ON comp.program_id = p.id AND comp.code = 'TINDUNG';

INSERT INTO funding_norm (content_id, beneficiary, basis, level, measure, amount, formula, valid_from, valid_to,
                          legal_source, confidence, note, created_at, created_by)
SELECT c.id, n.ben, 'LOAN', 'CENTRAL_CEILING', 'RATE', NULL, n.formula, n.vf::date, NULL, n.src, 'FIRM', n.note, now(), 'flyway'
FROM (VALUES
  ('VAY_XKLD', 'ANY', '100 % × {LAI_SUAT_HO_NGHEO}', '2015-06-01', 'Pháp điển chủ đề Việc làm; eng.vbsp.org.vn', '%/năm; bằng lãi suất cho vay hộ nghèo'),
  ('VAY_NHA_O', 'POOR', '3', '2015-08-10', 'QĐ 33/2015/QĐ-TTg', '%/năm; ân hạn 5 năm không trả gốc, lãi')
) AS n(content, ben, formula, vf, src, note)
JOIN funding_content c ON c.code = n.content;
