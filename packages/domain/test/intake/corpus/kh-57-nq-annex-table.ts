import { type CorpusDocument, task } from './expected-task.js'

// A Party plan whose tasks are rows of a table in its annex (Phụ lục), grouped by Roman numerals,
// with the header words "TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
// "Thời gian hoàn thành", "Sản phẩm".
const text = `
ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY AN PHÚ
Số: 45-KH/TU
An Phú, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia
-----
Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị và Kế hoạch số 01-KH/BCĐTW, ngày 25/01/2025 của Ban Chỉ đạo Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ của Nghị quyết số 57-NQ/TW phù hợp với điều kiện của tỉnh.
2. Xác định rõ nhiệm vụ, thời hạn, sản phẩm và trách nhiệm của từng cơ quan, đơn vị.
II. MỤC TIÊU
Đến năm 2030, tỉnh An Phú thuộc nhóm khá của cả nước về chỉ số đổi mới sáng tạo cấp địa phương; kinh tế số chiếm 25% GRDP.
III. NHIỆM VỤ, GIẢI PHÁP
Các cơ quan, đơn vị triển khai các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.
IV. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh chỉ đạo, đôn đốc việc thực hiện Kế hoạch; hằng năm tổ chức sơ kết.
2. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện. Thời gian: Quý II/2026.
3. Giao Sở Khoa học và Công nghệ theo dõi, tổng hợp tình hình thực hiện; báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy) định kỳ 6 tháng, năm.
## Phụ lục: Danh mục nhiệm vụ thực hiện Nghị quyết số 57-NQ/TW
| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Sản phẩm |
| I | NÂNG CAO NHẬN THỨC, ĐỔI MỚI TƯ DUY | | | | |
| 1 | Tổ chức quán triệt Nghị quyết số 57-NQ/TW đến cán bộ, đảng viên | Ban Tuyên giáo và Dân vận Tỉnh ủy | Các cấp ủy trực thuộc Tỉnh ủy | Quý I/2026 | Hội nghị quán triệt |
| 2 | Tuyên truyền trên báo chí về khoa học, công nghệ và chuyển đổi số | Báo và Phát thanh, Truyền hình An Phú | Sở Văn hóa, Thể thao và Du lịch | Thường xuyên | Chuyên trang, chuyên mục |
| 3 | Đưa chỉ tiêu chuyển đổi số vào đánh giá, xếp loại tổ chức đảng, đảng viên hằng năm | Ban Tổ chức Tỉnh ủy | Ủy ban Kiểm tra Tỉnh ủy | Quý IV/2026 | Hướng dẫn |
| 4 | Bồi dưỡng kiến thức chuyển đổi số cho cán bộ lãnh đạo, quản lý | Trường Chính trị tỉnh | Sở Nội vụ | Hằng năm | Lớp bồi dưỡng |
| II | HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH | | | | |
| 1 | Rà soát, đề xuất sửa đổi các quy định của tỉnh cản trở phát triển khoa học, công nghệ | Sở Tư pháp | Sở Khoa học và Công nghệ | Quý III/2026 | Báo cáo rà soát |
| 2 | Xây dựng Nghị quyết của HĐND tỉnh về chính sách hỗ trợ doanh nghiệp đổi mới sáng tạo | Sở Khoa học và Công nghệ | Sở Tài chính, Sở Tư pháp | Tháng 12/2026 | Nghị quyết HĐND tỉnh |
| 3 | Ban hành cơ chế khoán chi đến sản phẩm cuối cùng trong nhiệm vụ khoa học và công nghệ | UBND tỉnh | Sở Tài chính | Năm 2026 | Quyết định |
| 4 | Xây dựng chính sách thu hút chuyên gia công nghệ số | Sở Nội vụ | Sở Tài chính; Sở Khoa học và Công nghệ | Quý II/2027 | Nghị quyết HĐND tỉnh |
| 5 | Bố trí tối thiểu 3% tổng chi ngân sách tỉnh cho khoa học, công nghệ và chuyển đổi số | Sở Tài chính | Sở Khoa học và Công nghệ | Hằng năm | Dự toán ngân sách |
| III | PHÁT TRIỂN HẠ TẦNG VÀ DỮ LIỆU | | | | |
| 1 | Xây dựng Trung tâm dữ liệu của tỉnh | Công an tỉnh | Sở Khoa học và Công nghệ, Sở Tài chính | Trước 31/12/2027 | Trung tâm dữ liệu |
| 2 | Hoàn thành cơ sở dữ liệu đất đai của tỉnh | Sở Nông nghiệp và Môi trường | Công an tỉnh | Quý IV/2026 | Cơ sở dữ liệu |
| 3 | Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ban, ngành | Năm 2026 | Kho dữ liệu |
| 4 | Phủ sóng di động 5G tại trung tâm các xã, phường | Sở Khoa học và Công nghệ | UBND các xã, phường | Năm 2027 | Báo cáo |
| 5 | Xây dựng cơ sở dữ liệu ngành giáo dục kết nối với cơ sở dữ liệu quốc gia | Sở Giáo dục và Đào tạo | Sở Khoa học và Công nghệ | Quý III/2026 | Cơ sở dữ liệu |
| 6 | Xây dựng hồ sơ sức khỏe điện tử cho người dân | Sở Y tế | Bảo hiểm xã hội tỉnh | Năm 2026 | Hồ sơ sức khỏe điện tử |
| IV | CHUYỂN ĐỔI SỐ TRONG CƠ QUAN ĐẢNG, ĐOÀN THỂ | | | | |
| 1 | Triển khai phần mềm quản lý văn bản và hồ sơ công việc trong các cơ quan đảng | Văn phòng Tỉnh ủy | Các cơ quan tham mưu, giúp việc Tỉnh ủy | Quý II/2026 | Phần mềm |
| 2 | Triển khai sổ tay đảng viên điện tử | Ban Tổ chức Tỉnh ủy | Văn phòng Tỉnh ủy | Quý III/2026 | Ứng dụng |
| 3 | Số hóa tài liệu lưu trữ của Đảng bộ tỉnh | Văn phòng Tỉnh ủy | | Năm 2027 | Kho tài liệu số |
| 4 | Ứng dụng nền tảng số trong giám sát, phản biện xã hội của Mặt trận | Ủy ban MTTQ Việt Nam tỉnh | Các đoàn thể chính trị - xã hội tỉnh | Năm 2027 | Nền tảng số |
| 5 | Phát động phong trào "Bình dân học vụ số" | Tỉnh đoàn An Phú | Sở Giáo dục và Đào tạo | Quý I/2026 | Phong trào |
T/M BAN THƯỜNG VỤ
BÍ THƯ
Trần Quốc Hưng
`

export const kh57AnnexTable: CorpusDocument = {
  name: '45-KH-TU-nghi-quyet-57.txt',
  text,
  tasks: [
    task(
      'IV.1',
      'Chỉ đạo, đôn đốc việc thực hiện Kế hoạch',
      'new:Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh',
      [],
      null,
    ),
    task(
      'IV.2',
      'Lãnh đạo Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện',
      'DU-UBND',
      [],
      'Quý II/2026',
    ),
    task('IV.3', 'Theo dõi, tổng hợp tình hình thực hiện', 'SO-KHCN', [], null),
    task(
      'PL.I.1',
      'Tổ chức quán triệt Nghị quyết số 57-NQ/TW đến cán bộ, đảng viên',
      'BTGDV-TU',
      ['new:Các cấp ủy trực thuộc Tỉnh ủy'],
      'Quý I/2026',
    ),
    task(
      'PL.I.2',
      'Tuyên truyền trên báo chí về khoa học, công nghệ và chuyển đổi số',
      'BAO-PTTH',
      ['SO-VHTTDL'],
      'Thường xuyên',
    ),
    task(
      'PL.I.3',
      'Đưa chỉ tiêu chuyển đổi số vào đánh giá, xếp loại tổ chức đảng, đảng viên',
      'BTC-TU',
      ['UBKT-TU'],
      'Quý IV/2026',
    ),
    task(
      'PL.I.4',
      'Bồi dưỡng kiến thức chuyển đổi số cho cán bộ lãnh đạo, quản lý',
      'TRUONG-CT',
      ['SO-NV'],
      'Hằng năm',
    ),
    task(
      'PL.II.1',
      'Rà soát, đề xuất sửa đổi các quy định của tỉnh',
      'SO-TP',
      ['SO-KHCN'],
      'Quý III/2026',
    ),
    task(
      'PL.II.2',
      'Xây dựng Nghị quyết của HĐND tỉnh về chính sách hỗ trợ doanh nghiệp đổi mới sáng tạo',
      'SO-KHCN',
      ['SO-TC', 'SO-TP'],
      'Tháng 12/2026',
    ),
    task(
      'PL.II.3',
      'Ban hành cơ chế khoán chi đến sản phẩm cuối cùng',
      'UBND-TINH',
      ['SO-TC'],
      'Năm 2026',
    ),
    task(
      'PL.II.4',
      'Xây dựng chính sách thu hút chuyên gia công nghệ số',
      'SO-NV',
      ['SO-TC', 'SO-KHCN'],
      'Quý II/2027',
    ),
    task(
      'PL.II.5',
      'Bố trí tối thiểu 3% tổng chi ngân sách tỉnh cho khoa học, công nghệ và chuyển đổi số',
      'SO-TC',
      ['SO-KHCN'],
      'Hằng năm',
    ),
    task(
      'PL.III.1',
      'Xây dựng Trung tâm dữ liệu của tỉnh',
      'CA-TINH',
      ['SO-KHCN', 'SO-TC'],
      'Trước 31/12/2027',
    ),
    task(
      'PL.III.2',
      'Hoàn thành cơ sở dữ liệu đất đai của tỉnh',
      'SO-NNMT',
      ['CA-TINH'],
      'Quý IV/2026',
    ),
    task(
      'PL.III.3',
      'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      'VP-UBND',
      [],
      'Năm 2026',
    ),
    task(
      'PL.III.4',
      'Phủ sóng di động 5G tại trung tâm các xã, phường',
      'SO-KHCN',
      ['new:UBND các xã, phường'],
      'Năm 2027',
    ),
    task(
      'PL.III.5',
      'Xây dựng cơ sở dữ liệu ngành giáo dục',
      'SO-GDDT',
      ['SO-KHCN'],
      'Quý III/2026',
    ),
    task(
      'PL.III.6',
      'Xây dựng hồ sơ sức khỏe điện tử cho người dân',
      'SO-YT',
      ['new:Bảo hiểm xã hội tỉnh'],
      'Năm 2026',
    ),
    task(
      'PL.IV.1',
      'Triển khai phần mềm quản lý văn bản và hồ sơ công việc trong các cơ quan đảng',
      'VP-TU',
      ['new:Các cơ quan tham mưu, giúp việc Tỉnh ủy'],
      'Quý II/2026',
    ),
    task('PL.IV.2', 'Triển khai sổ tay đảng viên điện tử', 'BTC-TU', ['VP-TU'], 'Quý III/2026'),
    task('PL.IV.3', 'Số hóa tài liệu lưu trữ của Đảng bộ tỉnh', 'VP-TU', [], 'Năm 2027'),
    task(
      'PL.IV.4',
      'Ứng dụng nền tảng số trong giám sát, phản biện xã hội của Mặt trận',
      'MTTQ-TINH',
      ['new:Các đoàn thể chính trị - xã hội tỉnh'],
      'Năm 2027',
    ),
    task(
      'PL.IV.5',
      'Phát động phong trào "Bình dân học vụ số"',
      'DOAN-TN',
      ['SO-GDDT'],
      'Quý I/2026',
    ),
  ],
}
