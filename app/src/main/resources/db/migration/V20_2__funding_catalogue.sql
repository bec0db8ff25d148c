-- Reference data: the programs, their projects and sub-projects, the support contents, and the norms
-- marked [firm] or [likely] in shared/domain/funding-and-support.md (sources in each row). What the
-- notes mark [not found] is left out or NULL and shows as "chưa cấu hình". An administrator adds or
-- corrects any of it through the pages or /api/v1/programs and /api/v1/norms.

INSERT INTO funding_program (code, name, valid_from, valid_to, runoff_to, legal_source, confidence, note,
                             created_at, created_by, changed_at, changed_by) VALUES
('MTQG-GNBV-2021-2025', 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
 '2021-01-01', '2025-12-31', '2026-12-31', 'QĐ 90/QĐ-TTg ngày 18/01/2022; NQ 257/2025/QH15 (gia hạn đến 31/12/2026)',
 'FIRM', 'Nhiệm vụ được gia hạn giải ngân, quyết toán đến 31/12/2026 theo TT 55/2023/TT-BTC (TT 60/2026/TT-BTC Điều 21) [có khả năng]',
 now(), 'flyway', now(), 'flyway'),
('MTQG-2026-2035', 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 - 2035',
 '2026-01-01', '2035-12-31', NULL, 'NQ 257/2025/QH15; QĐ 417/QĐ-BNNMT; TT 60/2026/TT-BTC Chương II–III',
 'LIKELY', 'Danh mục nội dung cụ thể trong từng nội dung thành phần (QĐ 417/QĐ-BNNMT): chưa xác định',
 now(), 'flyway', now(), 'flyway'),
('CS-THUONG-XUYEN', 'Các chính sách hỗ trợ thường xuyên ngoài Chương trình (điện, bảo hiểm y tế, tín dụng, trợ giúp pháp lý)',
 '2014-01-01', NULL, NULL, 'QĐ 28/2014/QĐ-TTg; NĐ 146/2018/NĐ-CP; NĐ 78/2002/NĐ-CP; Luật Trợ giúp pháp lý 2017',
 'FIRM', NULL, now(), 'flyway', now(), 'flyway');

-- Funding sources the plans name (programs-and-plans.md; NĐ 27/2022 on integration and credit).
INSERT INTO funding_program_source (program_id, source)
SELECT p.id, s FROM funding_program p,
       unnest(ARRAY['CENTRAL_INVESTMENT', 'CENTRAL_RECURRENT', 'LOCAL_COUNTERPART', 'INTEGRATED',
                    'POLICY_CREDIT', 'MOBILISED', 'BENEFICIARY']) s
WHERE p.code IN ('MTQG-GNBV-2021-2025', 'MTQG-2026-2035');
INSERT INTO funding_program_source (program_id, source)
SELECT p.id, s FROM funding_program p,
       unnest(ARRAY['CENTRAL_RECURRENT', 'LOCAL_COUNTERPART', 'POLICY_CREDIT']) s
WHERE p.code = 'CS-THUONG-XUYEN';

-- 2021–2025: the projects (dự án) of QĐ 90/QĐ-TTg, names as in seed 001 where it names them.
INSERT INTO funding_component (program_id, parent_id, code, name, ord, legal_source, confidence, created_at, created_by)
SELECT p.id, NULL, c.code, c.name, c.ord, 'QĐ 90/QĐ-TTg', c.conf, now(), 'flyway'
FROM funding_program p, (VALUES
  ('DA1', 'Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội các huyện nghèo, các xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo', 1, 'LIKELY'),
  ('DA2', 'Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo', 2, 'SEED'),
  ('DA3', 'Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng', 3, 'SEED'),
  ('DA4', 'Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững', 4, 'SEED'),
  ('DA5', 'Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo', 5, 'LIKELY'),
  ('DA6', 'Dự án 6: Truyền thông và giảm nghèo về thông tin', 6, 'SEED'),
  ('DA7', 'Dự án 7: Nâng cao năng lực và giám sát, đánh giá Chương trình', 7, 'SEED')) AS c(code, name, ord, conf)
WHERE p.code = 'MTQG-GNBV-2021-2025';

INSERT INTO funding_component (program_id, parent_id, code, name, ord, legal_source, confidence, created_at, created_by)
SELECT p.id, parent.id, c.code, c.name, c.ord, 'QĐ 90/QĐ-TTg', c.conf, now(), 'flyway'
FROM funding_program p
JOIN (VALUES
  ('DA3', 'DA3-TDA1', 'Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp', 1, 'SEED'),
  ('DA3', 'DA3-TDA2', 'Tiểu dự án 2: Cải thiện dinh dưỡng', 2, 'SEED'),
  ('DA4', 'DA4-TDA1', 'Tiểu dự án 1: Phát triển giáo dục nghề nghiệp vùng nghèo, vùng khó khăn', 1, 'LIKELY'),
  ('DA4', 'DA4-TDA2', 'Tiểu dự án 2: Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng', 2, 'LIKELY'),
  ('DA4', 'DA4-TDA3', 'Tiểu dự án 3: Hỗ trợ việc làm bền vững', 3, 'SEED'),
  ('DA6', 'DA6-TDA1', 'Tiểu dự án 1: Giảm nghèo về thông tin', 1, 'SEED'),
  ('DA6', 'DA6-TDA2', 'Tiểu dự án 2: Truyền thông về giảm nghèo đa chiều', 2, 'SEED'),
  ('DA7', 'DA7-TDA1', 'Tiểu dự án 1: Nâng cao năng lực thực hiện Chương trình', 1, 'SEED'),
  ('DA7', 'DA7-TDA2', 'Tiểu dự án 2: Giám sát, đánh giá', 2, 'SEED')) AS c(parent_code, code, name, ord, conf) ON true
JOIN funding_component parent ON parent.program_id = p.id AND parent.code = c.parent_code
WHERE p.code = 'MTQG-GNBV-2021-2025';

-- 2026–2035: the two components and their content areas (TT 60/2026/TT-BTC Chapters II–III [likely]).
INSERT INTO funding_component (program_id, parent_id, code, name, ord, legal_source, confidence, created_at, created_by)
SELECT p.id, NULL, c.code, c.name, c.ord, 'TT 60/2026/TT-BTC', 'LIKELY', now(), 'flyway'
FROM funding_program p, (VALUES
  ('HP1', 'Hợp phần thứ nhất', 1),
  ('HP2', 'Hợp phần thứ hai: vùng đồng bào dân tộc thiểu số và miền núi', 2)) AS c(code, name, ord)
WHERE p.code = 'MTQG-2026-2035';

INSERT INTO funding_component (program_id, parent_id, code, name, ord, legal_source, confidence, created_at, created_by)
SELECT p.id, parent.id, c.code, c.name, c.ord, 'TT 60/2026/TT-BTC', 'LIKELY', now(), 'flyway'
FROM funding_program p
JOIN (VALUES
  ('HP1', 'HP1-NDTP1', 'Nội dung thành phần 1: Quy hoạch', 1),
  ('HP1', 'HP1-NDTP2', 'Nội dung thành phần 2: Hạ tầng kinh tế - xã hội nông thôn', 2),
  ('HP1', 'HP1-NDTP3', 'Nội dung thành phần 3: Phát triển kinh tế nông thôn (OCOP, du lịch nông thôn)', 3),
  ('HP1', 'HP1-NDTP4', 'Nội dung thành phần 4: Phát triển nguồn nhân lực, tạo việc làm bền vững', 4),
  ('HP1', 'HP1-NDTP5', 'Nội dung thành phần 5: Dịch vụ hành chính công, trợ giúp pháp lý, bình đẳng giới', 5),
  ('HP1', 'HP1-NDTP6', 'Nội dung thành phần 6: Khoa học, công nghệ và chuyển đổi số nông thôn', 6),
  ('HP1', 'HP1-NDTP7', 'Nội dung thành phần 7: Môi trường, cảnh quan, an toàn thực phẩm', 7),
  ('HP1', 'HP1-NDTP8', 'Nội dung thành phần 8: Vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội', 8),
  ('HP1', 'HP1-NDTP9', 'Nội dung thành phần 9: Quốc phòng, an ninh', 9),
  ('HP1', 'HP1-NDTP10', 'Nội dung thành phần 10: Nâng cao năng lực, truyền thông, giám sát, đánh giá và phong trào thi đua', 10),
  ('HP2', 'HP2-NDTP01', 'Nội dung thành phần 01: Hạ tầng đặc thù vùng đồng bào dân tộc thiểu số', 1),
  ('HP2', 'HP2-NDTP02', 'Nội dung thành phần 02: Hỗ trợ phát triển sản xuất, sinh kế vùng đồng bào dân tộc thiểu số và miền núi', 2),
  ('HP2', 'HP2-NDTP03', 'Nội dung thành phần 03: Nguồn nhân lực vùng đồng bào dân tộc thiểu số', 3),
  ('HP2', 'HP2-NDTP04', 'Nội dung thành phần 04: Chính sách đặc thù cho các dân tộc còn nhiều khó khăn', 4),
  ('HP2', 'HP2-NDTP05', 'Nội dung thành phần 05: Truyền thông và công nghệ thông tin', 5)) AS c(parent_code, code, name, ord) ON true
JOIN funding_component parent ON parent.program_id = p.id AND parent.code = c.parent_code
WHERE p.code = 'MTQG-2026-2035';

INSERT INTO funding_component (program_id, parent_id, code, name, ord, legal_source, confidence, created_at, created_by)
SELECT p.id, NULL, c.code, c.name, c.ord, c.src, 'FIRM', now(), 'flyway'
FROM funding_program p, (VALUES
  ('DIEN', 'Hỗ trợ tiền điện cho hộ nghèo, hộ chính sách xã hội', 1, 'QĐ 28/2014/QĐ-TTg; QĐ 60/2014/QĐ-TTg'),
  ('BHYT', 'Hỗ trợ đóng bảo hiểm y tế', 2, 'NĐ 146/2018/NĐ-CP; NĐ 75/2023/NĐ-CP; NĐ 188/2025/NĐ-CP'),
  ('TINDUNG', 'Tín dụng chính sách (Ngân hàng Chính sách xã hội)', 3, 'NĐ 78/2002/NĐ-CP; QĐ 15/2013, 28/2015, 33/2015/QĐ-TTg'),
  ('TGPL', 'Trợ giúp pháp lý', 4, 'Luật Trợ giúp pháp lý 2017 Điều 7')) AS c(code, name, ord, src)
WHERE p.code = 'CS-THUONG-XUYEN';

INSERT INTO funding_content_group (code, name) VALUES
('NHA_O_XAY_MOI', 'Nhà ở – xây mới'),
('NHA_O_SUA_CHUA', 'Nhà ở – sửa chữa'),
('BHYT', 'Bảo hiểm y tế'),
('TIEN_DIEN', 'Tiền điện'),
('SAN_XUAT', 'Hỗ trợ sản xuất, sinh kế'),
('DAO_TAO_NGHE', 'Đào tạo nghề'),
('VIEC_LAM', 'Hỗ trợ việc làm'),
('LAO_DONG_NUOC_NGOAI', 'Đi làm việc ở nước ngoài theo hợp đồng'),
('DINH_DUONG', 'Dinh dưỡng'),
('THIET_BI_THONG_TIN', 'Phương tiện, thiết bị thông tin'),
('TRO_GIUP_PHAP_LY', 'Trợ giúp pháp lý'),
('VAY_VON', 'Vay vốn tín dụng chính sách'),
('VAY_NHA_O', 'Vay vốn làm nhà ở');

INSERT INTO funding_content (code, name, group_id, component_id, tranches, valid_from, valid_to, legal_source, confidence,
                             created_at, created_by)
SELECT c.code, c.name, g.id, comp.id, c.tranches, c.vf::date, c.vt::date, c.src, c.conf, now(), 'flyway'
FROM (VALUES
  ('NHA_XAY_MOI_DA5', 'Hỗ trợ xây mới nhà ở', 'NHA_O_XAY_MOI', 'MTQG-GNBV-2021-2025', 'DA5', '70;30', '2021-01-01', '2026-12-31', 'TT 46/2022/TT-BTC; TT 55/2023/TT-BTC Điều 75', 'FIRM'),
  ('NHA_SUA_CHUA_DA5', 'Hỗ trợ sửa chữa nhà ở', 'NHA_O_SUA_CHUA', 'MTQG-GNBV-2021-2025', 'DA5', '70;30', '2021-01-01', '2026-12-31', 'TT 46/2022/TT-BTC; TT 55/2023/TT-BTC Điều 75', 'FIRM'),
  ('MO_HINH_DA2', 'Hỗ trợ mô hình, dự án giảm nghèo (sinh kế)', 'SAN_XUAT', 'MTQG-GNBV-2021-2025', 'DA2', NULL, '2021-01-01', '2026-12-31', 'QĐ 90/QĐ-TTg; NĐ 27/2022/NĐ-CP Chương V', 'SEED'),
  ('SAN_XUAT_NN_DA3', 'Hỗ trợ giống, vật tư, kỹ thuật sản xuất nông nghiệp', 'SAN_XUAT', 'MTQG-GNBV-2021-2025', 'DA3-TDA1', NULL, '2021-01-01', '2026-12-31', 'QĐ 90/QĐ-TTg', 'SEED'),
  ('DINH_DUONG_DA3', 'Cải thiện dinh dưỡng cho trẻ em', 'DINH_DUONG', 'MTQG-GNBV-2021-2025', 'DA3-TDA2', NULL, '2021-01-01', '2026-12-31', 'QĐ 90/QĐ-TTg', 'SEED'),
  ('DAO_TAO_NGHE_DA4', 'Hỗ trợ đào tạo nghề', 'DAO_TAO_NGHE', 'MTQG-GNBV-2021-2025', 'DA4-TDA1', NULL, '2021-01-01', '2026-12-31', 'QĐ 90/QĐ-TTg', 'LIKELY'),
  ('XKLD_DA4', 'Hỗ trợ người lao động đi làm việc ở nước ngoài theo hợp đồng', 'LAO_DONG_NUOC_NGOAI', 'MTQG-GNBV-2021-2025', 'DA4-TDA2', NULL, '2021-01-01', '2026-12-31', 'TT 46/2022/TT-BTC; TT 15/2022/TT-BTC Điều 25', 'LIKELY'),
  ('VIEC_LAM_DA4', 'Hỗ trợ kết nối việc làm bền vững', 'VIEC_LAM', 'MTQG-GNBV-2021-2025', 'DA4-TDA3', NULL, '2021-01-01', '2026-12-31', 'QĐ 90/QĐ-TTg', 'SEED'),
  ('THONG_TIN_DA6', 'Hỗ trợ phương tiện nghe – xem, thiết bị thông tin', 'THIET_BI_THONG_TIN', 'MTQG-GNBV-2021-2025', 'DA6-TDA1', NULL, '2021-01-01', '2026-12-31', 'QĐ 90/QĐ-TTg', 'SEED'),
  ('SAN_XUAT_HP2', 'Hỗ trợ phát triển sản xuất, sinh kế', 'SAN_XUAT', 'MTQG-2026-2035', 'HP2-NDTP02', NULL, '2026-01-01', '2035-12-31', 'TT 60/2026/TT-BTC', 'LIKELY'),
  ('VIEC_LAM_HP1', 'Phát triển nguồn nhân lực, tạo việc làm bền vững', 'VIEC_LAM', 'MTQG-2026-2035', 'HP1-NDTP4', NULL, '2026-01-01', '2035-12-31', 'TT 60/2026/TT-BTC Điều 8', 'LIKELY'),
  ('TGPL_HP1', 'Trợ giúp pháp lý', 'TRO_GIUP_PHAP_LY', 'MTQG-2026-2035', 'HP1-NDTP5', NULL, '2026-01-01', '2035-12-31', 'TT 60/2026/TT-BTC', 'LIKELY'),
  ('TIEN_DIEN', 'Hỗ trợ tiền điện (30 kWh/tháng theo giá bậc 1)', 'TIEN_DIEN', 'CS-THUONG-XUYEN', 'DIEN', NULL, '2014-06-01', NULL, 'QĐ 28/2014/QĐ-TTg Điều 3(7); QĐ 60/2014/QĐ-TTg', 'FIRM'),
  ('BHYT_HO_TRO', 'Hỗ trợ đóng bảo hiểm y tế', 'BHYT', 'CS-THUONG-XUYEN', 'BHYT', NULL, '2018-12-01', NULL, 'NĐ 146/2018/NĐ-CP Điều 3, 8; NĐ 188/2025/NĐ-CP', 'FIRM'),
  ('VAY_HO_NGHEO', 'Cho vay hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo', 'VAY_VON', 'CS-THUONG-XUYEN', 'TINDUNG', NULL, '2002-10-02', NULL, 'NĐ 78/2002/NĐ-CP; QĐ 15/2013/QĐ-TTg; QĐ 28/2015/QĐ-TTg', 'FIRM'),
  ('VAY_NHA_O', 'Cho vay làm nhà ở (QĐ 33/2015)', 'VAY_NHA_O', 'CS-THUONG-XUYEN', 'TINDUNG', NULL, '2015-08-10', NULL, 'QĐ 33/2015/QĐ-TTg', 'FIRM'),
  ('TGPL', 'Trợ giúp pháp lý cho thành viên hộ nghèo', 'TRO_GIUP_PHAP_LY', 'CS-THUONG-XUYEN', 'TGPL', NULL, '2018-01-01', NULL, 'Luật Trợ giúp pháp lý 2017 Điều 7(2)', 'LIKELY')
) AS c(code, name, grp, program, comp, tranches, vf, vt, src, conf)
JOIN funding_content_group g ON g.code = c.grp
JOIN funding_program p ON p.code = c.program
JOIN funding_component comp ON comp.program_id = p.id AND comp.code = c.comp;

-- Reference values. NULL value: known to exist, not found in the sources, so not configured.
INSERT INTO funding_reference_value (code, name, unit, value, valid_from, valid_to, legal_source, confidence, created_at, created_by) VALUES
('GIA_DIEN_BAC_1', 'Giá bán lẻ điện sinh hoạt bậc 1', 'đồng/kWh', NULL, '2014-06-01', NULL, 'QĐ 28/2014/QĐ-TTg', 'FIRM', now(), 'flyway'),
('LUONG_CO_SO', 'Mức lương cơ sở', 'đồng/tháng', NULL, '2018-12-01', NULL, 'NĐ 146/2018/NĐ-CP (mức đóng BHYT theo lương cơ sở)', 'FIRM', now(), 'flyway'),
('LAI_SUAT_HO_NGHEO', 'Lãi suất cho vay hộ nghèo', '%/năm', 6.6, '2015-06-01', NULL, 'QĐ 750/QĐ-TTg (0,55 %/tháng); eng.vbsp.org.vn', 'FIRM', now(), 'flyway');

-- Norms [firm]/[likely] only.
INSERT INTO funding_norm (content_id, beneficiary, basis, level, measure, amount, formula, valid_from, valid_to,
                          legal_source, confidence, note, created_at, created_by)
SELECT c.id, n.ben, n.basis, n.lvl, n.measure, n.amount, n.formula, n.vf::date, n.vt::date, n.src, n.conf, n.note, now(), 'flyway'
FROM (VALUES
  ('NHA_XAY_MOI_DA5', 'POOR', 'HOUSEHOLD', 'CENTRAL_CEILING', 'AMOUNT', 40000000::bigint, NULL, '2022-01-18', '2026-12-31', 'QĐ 02/2022/QĐ-TTg Điều 9(1); TT 46/2022/TT-BTC', 'FIRM', 'Mức cụ thể do HĐND tỉnh quyết định; thanh toán 70 % khi xong móng, 30 % khi hoàn thành'),
  ('NHA_XAY_MOI_DA5', 'NEAR_POOR', 'HOUSEHOLD', 'CENTRAL_CEILING', 'AMOUNT', 40000000::bigint, NULL, '2022-01-18', '2026-12-31', 'QĐ 02/2022/QĐ-TTg Điều 9(1); TT 46/2022/TT-BTC', 'FIRM', 'Mức cụ thể do HĐND tỉnh quyết định'),
  ('NHA_SUA_CHUA_DA5', 'POOR', 'HOUSEHOLD', 'CENTRAL_CEILING', 'AMOUNT', 20000000::bigint, NULL, '2022-01-18', '2026-12-31', 'QĐ 02/2022/QĐ-TTg Điều 9(1); TT 46/2022/TT-BTC', 'FIRM', 'Thanh toán 70 % khi xong 30 % khối lượng, 30 % khi hoàn thành'),
  ('NHA_SUA_CHUA_DA5', 'NEAR_POOR', 'HOUSEHOLD', 'CENTRAL_CEILING', 'AMOUNT', 20000000::bigint, NULL, '2022-01-18', '2026-12-31', 'QĐ 02/2022/QĐ-TTg Điều 9(1); TT 46/2022/TT-BTC', 'FIRM', NULL),
  ('TIEN_DIEN', 'POOR', 'MONTH', 'CENTRAL_CEILING', 'AMOUNT', NULL, '30 × {GIA_DIEN_BAC_1}', '2014-06-01', NULL, 'QĐ 28/2014/QĐ-TTg Điều 3(7)', 'FIRM', 'Chi trả bằng tiền mặt theo quý qua UBND xã; mỗi hộ chỉ một mức hỗ trợ tiền điện (QĐ 60/2014 Điều 1(2))'),
  ('TIEN_DIEN', 'SOCIAL_POLICY', 'MONTH', 'CENTRAL_CEILING', 'AMOUNT', NULL, '30 × {GIA_DIEN_BAC_1}', '2014-06-01', NULL, 'QĐ 28/2014/QĐ-TTg Điều 3(7); QĐ 60/2014/QĐ-TTg', 'FIRM', 'Hộ chính sách xã hội dùng không quá 50 kWh/tháng'),
  ('BHYT_HO_TRO', 'POOR', 'PERSON', 'CENTRAL_CEILING', 'AMOUNT', NULL, '4,5 % × {LUONG_CO_SO} × 12 × 100 %', '2018-12-01', NULL, 'NĐ 146/2018/NĐ-CP Điều 3(9)(a), sửa đổi bởi NĐ 75/2023/NĐ-CP', 'FIRM', 'Ngân sách nhà nước đóng toàn bộ'),
  ('BHYT_HO_TRO', 'NEAR_POOR', 'PERSON', 'CENTRAL_CEILING', 'AMOUNT', NULL, '4,5 % × {LUONG_CO_SO} × 12 × 70 %', '2018-12-01', NULL, 'NĐ 146/2018/NĐ-CP Điều 8(1); NĐ 188/2025/NĐ-CP', 'FIRM', 'Tối thiểu 70 %; 100 % nếu sống ở xã nghèo (NĐ 188/2025); tỉnh có thể hỗ trợ thêm'),
  ('VAY_HO_NGHEO', 'POOR', 'LOAN', 'CENTRAL_CEILING', 'RATE', NULL, '100 % × {LAI_SUAT_HO_NGHEO}', '2015-06-01', NULL, 'QĐ 750/QĐ-TTg', 'FIRM', '%/năm; nợ quá hạn 130 % lãi suất cho vay'),
  ('VAY_HO_NGHEO', 'NEAR_POOR', 'LOAN', 'CENTRAL_CEILING', 'RATE', NULL, '120 % × {LAI_SUAT_HO_NGHEO}', '2015-06-01', NULL, 'QĐ 15/2013/QĐ-TTg', 'FIRM', '%/năm'),
  ('VAY_HO_NGHEO', 'ESCAPED', 'LOAN', 'CENTRAL_CEILING', 'RATE', NULL, '125 % × {LAI_SUAT_HO_NGHEO}', '2015-06-01', NULL, 'QĐ 28/2015/QĐ-TTg; QĐ 2/QĐ-TTg 2021', 'FIRM', '%/năm; hộ thoát nghèo không quá 3 năm'),
  ('VAY_HO_NGHEO', 'POOR', 'LOAN', 'CENTRAL_CEILING', 'AMOUNT', 100000000::bigint, NULL, '2019-03-01', NULL, 'eng.vbsp.org.vn; baodongnai', 'FIRM', 'Không phải bảo đảm tiền vay'),
  ('VAY_HO_NGHEO', 'POOR', 'LOAN', 'CENTRAL_CEILING', 'MONTHS', 120::bigint, NULL, '2019-03-01', NULL, 'eng.vbsp.org.vn', 'FIRM', 'Thời hạn vay tối đa (tháng)'),
  ('VAY_HO_NGHEO', 'ESCAPED', 'LOAN', 'CENTRAL_CEILING', 'AMOUNT', 100000000::bigint, NULL, '2021-01-21', NULL, 'QĐ 2/QĐ-TTg ngày 21/01/2021', 'FIRM', NULL),
  ('VAY_HO_NGHEO', 'ESCAPED', 'LOAN', 'CENTRAL_CEILING', 'MONTHS', 60::bigint, NULL, '2021-01-21', NULL, 'QĐ 28/2015/QĐ-TTg', 'FIRM', 'Thời hạn vay tối đa (tháng)'),
  ('VAY_NHA_O', 'POOR', 'LOAN', 'CENTRAL_CEILING', 'AMOUNT', 25000000::bigint, NULL, '2015-08-10', NULL, 'QĐ 33/2015/QĐ-TTg', 'FIRM', 'Lãi suất 3 %/năm; 15 năm, ân hạn 5 năm; trả tối thiểu 10 %/năm'),
  ('VAY_NHA_O', 'POOR', 'LOAN', 'CENTRAL_CEILING', 'MONTHS', 180::bigint, NULL, '2015-08-10', NULL, 'QĐ 33/2015/QĐ-TTg', 'FIRM', 'Gồm 5 năm ân hạn')
) AS n(content, ben, basis, lvl, measure, amount, formula, vf, vt, src, conf, note)
JOIN funding_content c ON c.code = n.content;
