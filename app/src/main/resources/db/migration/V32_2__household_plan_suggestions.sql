-- The draft's first mapping: which solutions each deprivation (the indicators of NĐ 07/2021) and
-- each cause of poverty suggests. Our own reading of QĐ 90/QĐ-TTg's projects and the support
-- contents of the funding catalogue, not a legal table: every row is provisional and may be
-- corrected, retired or added to as data (docs/domain/household-plans.md).
INSERT INTO household_plan_suggestion (trigger_kind, trigger_code, solution_kind, content_code, description, ord) VALUES
('DEPRIVATION', 'EMPLOYMENT', 'JOB', 'VIEC_LAM_DA4', 'Kết nối việc làm cho người trong độ tuổi lao động', 1),
('DEPRIVATION', 'EMPLOYMENT', 'TRAINING', 'DAO_TAO_NGHE_DA4', 'Đào tạo nghề gắn với việc làm', 2),
('DEPRIVATION', 'DEPENDANTS', 'SUPPORT', 'SAN_XUAT_NN_DA3', 'Hỗ trợ phát triển sản xuất, tăng thu nhập cho lao động chính', 1),
('DEPRIVATION', 'DEPENDANTS', 'LOAN', 'VAY_HO_NGHEO', 'Vay vốn tín dụng chính sách để sản xuất, kinh doanh', 2),
('DEPRIVATION', 'NUTRITION', 'SUPPORT', 'DINH_DUONG_DA3', 'Cải thiện dinh dưỡng cho trẻ em của hộ', 1),
('DEPRIVATION', 'HEALTH_INSURANCE', 'SUPPORT', 'BHYT_HO_TRO', 'Hỗ trợ đóng bảo hiểm y tế cho thành viên chưa có thẻ', 1),
('DEPRIVATION', 'HEALTH_ACCESS', 'SUPPORT', 'BHYT_HO_TRO', 'Hỗ trợ bảo hiểm y tế để khám, chữa bệnh', 1),
('DEPRIVATION', 'HEALTH_ACCESS', 'OTHER', NULL, 'Vận động thành viên ốm đau đến khám, chữa bệnh tại trạm y tế', 2),
('DEPRIVATION', 'ADULT_EDUCATION', 'TRAINING', 'DAO_TAO_NGHE_DA4', 'Học nghề, bổ túc cho người lớn chưa tốt nghiệp', 1),
('DEPRIVATION', 'CHILD_SCHOOLING', 'OTHER', NULL, 'Vận động trẻ đến trường; đề nghị miễn, giảm học phí theo chính sách', 1),
('DEPRIVATION', 'HOUSING_QUALITY', 'SUPPORT', 'NHA_SUA_CHUA_DA5', 'Hỗ trợ sửa chữa nhà ở', 1),
('DEPRIVATION', 'HOUSING_QUALITY', 'LOAN', 'VAY_NHA_O', 'Vay vốn làm nhà ở', 2),
('DEPRIVATION', 'HOUSING_AREA', 'SUPPORT', 'NHA_XAY_MOI_DA5', 'Hỗ trợ xây mới nhà ở', 1),
('DEPRIVATION', 'HOUSING_AREA', 'LOAN', 'VAY_NHA_O', 'Vay vốn làm nhà ở', 2),
('DEPRIVATION', 'WATER', 'OTHER', NULL, 'Vay vốn hoặc vận động hỗ trợ nguồn nước hợp vệ sinh', 1),
('DEPRIVATION', 'SANITATION', 'OTHER', NULL, 'Vận động, hỗ trợ làm nhà tiêu hợp vệ sinh', 1),
('DEPRIVATION', 'TELECOM', 'SUPPORT', 'THONG_TIN_DA6', 'Hỗ trợ phương tiện, thiết bị thông tin', 1),
('DEPRIVATION', 'INFO_ACCESS', 'SUPPORT', 'THONG_TIN_DA6', 'Hỗ trợ phương tiện, thiết bị thông tin', 1),
('DEPRIVATION', 'INFO_ASSETS', 'SUPPORT', 'THONG_TIN_DA6', 'Hỗ trợ phương tiện, thiết bị thông tin', 1),
('DEPRIVATION', 'WASTE', 'OTHER', NULL, 'Hướng dẫn phân loại, thu gom rác thải sinh hoạt', 1),
('CAUSE', 'LAND', 'JOB', 'VIEC_LAM_DA4', 'Kết nối việc làm phi nông nghiệp', 1),
('CAUSE', 'LAND', 'TRAINING', 'DAO_TAO_NGHE_DA4', 'Đào tạo nghề để chuyển đổi nghề nghiệp', 2),
('CAUSE', 'CAPITAL', 'LOAN', 'VAY_HO_NGHEO', 'Vay vốn tín dụng chính sách để sản xuất, kinh doanh', 1),
('CAUSE', 'LABOUR', 'OTHER', NULL, 'Đề nghị trợ giúp xã hội, bảo trợ cho hộ không có khả năng lao động', 1),
('CAUSE', 'TOOLS', 'SUPPORT', 'MO_HINH_DA2', 'Tham gia mô hình, dự án giảm nghèo (hỗ trợ công cụ, phương tiện sản xuất)', 1),
('CAUSE', 'KNOWLEDGE', 'SUPPORT', 'SAN_XUAT_NN_DA3', 'Hỗ trợ giống, vật tư và tập huấn kỹ thuật sản xuất', 1),
('CAUSE', 'SKILLS', 'TRAINING', 'DAO_TAO_NGHE_DA4', 'Đào tạo nghề gắn với việc làm', 1),
('CAUSE', 'SKILLS', 'JOB', 'VIEC_LAM_DA4', 'Kết nối việc làm cho người trong độ tuổi lao động', 2),
('CAUSE', 'ILLNESS', 'SUPPORT', 'BHYT_HO_TRO', 'Hỗ trợ đóng bảo hiểm y tế', 1);
