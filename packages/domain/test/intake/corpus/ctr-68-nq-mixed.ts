import { type CorpusDocument, task } from './expected-task.js'

// A programme with both: tasks numbered "1.1." in its text, each with its own lines "- Cơ quan
// chủ trì: …", and an annex table headed "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
// Thời hạn | Hình thức văn bản".
const text = `
TỈNH ỦY AN PHÚ
BAN THƯỜNG VỤ
Số: 31-CTr/TU
An Phú, ngày 02 tháng 7 năm 2025
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 68-NQ/TW, ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân
-----
Ngày 04/5/2025, Bộ Chính trị ban hành Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân. Để sớm đưa Nghị quyết vào cuộc sống, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Phát triển kinh tế tư nhân thực sự trở thành một động lực quan trọng nhất của kinh tế tỉnh.
2. Mục tiêu cụ thể
Đến năm 2030, toàn tỉnh có khoảng 8.000 doanh nghiệp hoạt động; kinh tế tư nhân đóng góp khoảng 60% GRDP.
II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Đổi mới tư duy, nâng cao nhận thức về vị trí, vai trò của kinh tế tư nhân
1.1. Tổ chức học tập, quán triệt Nghị quyết số 68-NQ/TW trong toàn Đảng bộ tỉnh.
- Cơ quan chủ trì: Ban Tuyên giáo và Dân vận Tỉnh ủy.
- Cơ quan phối hợp: Các cấp ủy trực thuộc Tỉnh ủy.
- Thời gian hoàn thành: Tháng 8/2025.
1.2. Tôn vinh doanh nhân, doanh nghiệp tiêu biểu; xây dựng văn hóa kinh doanh.
- Cơ quan chủ trì: Sở Công Thương.
- Cơ quan phối hợp: Hiệp hội Doanh nghiệp tỉnh, Báo và Phát thanh, Truyền hình An Phú.
- Thời gian hoàn thành: Hằng năm.
2. Cải cách thể chế, môi trường kinh doanh
2.1. Cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính liên quan đến doanh nghiệp.
- Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh.
- Cơ quan phối hợp: Các sở, ban, ngành tỉnh.
- Thời gian hoàn thành: Năm 2026.
2.2. Công khai, minh bạch thông tin về quy hoạch, đất đai, đấu thầu cho doanh nghiệp.
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
- Cơ quan phối hợp: Sở Tài chính, Sở Xây dựng.
- Thời gian hoàn thành: Thường xuyên.
2.3. Chấm dứt thanh tra, kiểm tra chồng chéo đối với doanh nghiệp.
- Cơ quan chủ trì: Thanh tra tỉnh.
- Cơ quan phối hợp: Công an tỉnh.
- Thời gian hoàn thành: Quý IV/2025.
3. Các nhiệm vụ khác: theo Phụ lục kèm theo.
III. TỔ CHỨC THỰC HIỆN
1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch thực hiện Chương trình. Thời gian: Tháng 9/2025.
2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì giám sát việc thực hiện chính sách hỗ trợ doanh nghiệp. Thời gian: Hằng năm.
3. Ban Chính sách, chiến lược Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chương trình; báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/11 hằng năm.
## Phụ lục: Nhiệm vụ cụ thể
| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Hình thức văn bản |
| 1 | Thành lập Quỹ hỗ trợ doanh nghiệp nhỏ và vừa của tỉnh | Sở Tài chính | Sở Công Thương | Quý II/2026 | Quyết định của UBND tỉnh |
| 2 | Xây dựng cổng thông tin hỗ trợ pháp lý cho doanh nghiệp | Sở Tư pháp | Sở Khoa học và Công nghệ | Quý I/2026 | Cổng thông tin |
| 3 | Bố trí quỹ đất cho doanh nghiệp nhỏ và vừa thuê trong các khu, cụm công nghiệp | Sở Nông nghiệp và Môi trường | Sở Công Thương, UBND các xã, phường | Năm 2026 | Quyết định |
| 4 | Đào tạo, bồi dưỡng kỹ năng quản trị cho 1.000 doanh nhân | Sở Công Thương | Hiệp hội Doanh nghiệp tỉnh | Hằng năm | Lớp đào tạo |
| 5 | Hỗ trợ hộ kinh doanh chuyển lên doanh nghiệp | Sở Tài chính | Thuế tỉnh | Thường xuyên | Báo cáo |
| 6 | Phát triển doanh nghiệp khởi nghiệp sáng tạo | Sở Khoa học và Công nghệ | Tỉnh đoàn An Phú | Năm 2027 | Đề án |
| 7 | Đánh giá chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) | Văn phòng UBND tỉnh | Hiệp hội Doanh nghiệp tỉnh | Hằng năm | Báo cáo DDCI |
| 8 | Đối thoại định kỳ giữa lãnh đạo tỉnh với doanh nghiệp | UBND tỉnh | Ủy ban MTTQ Việt Nam tỉnh | 6 tháng một lần | Hội nghị đối thoại |
| 9 | Kiểm tra, giám sát tổ chức đảng trong thực hiện Nghị quyết | Ủy ban Kiểm tra Tỉnh ủy | Ban Tổ chức Tỉnh ủy | Năm 2027 | Báo cáo |
| 10 | Phát triển tổ chức đảng, đoàn thể trong doanh nghiệp tư nhân | Ban Tổ chức Tỉnh ủy | Đảng ủy Ủy ban nhân dân tỉnh | Thường xuyên | Báo cáo |
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC
Lê Thị Hoa
`

export const ctr68Mixed: CorpusDocument = {
  name: '31-CTr-TU-nghi-quyet-68.txt',
  text,
  tasks: [
    task(
      'II.1.1',
      'Tổ chức học tập, quán triệt Nghị quyết số 68-NQ/TW',
      'BTGDV-TU',
      ['new:Các cấp ủy trực thuộc Tỉnh ủy'],
      'Tháng 8/2025',
    ),
    task(
      'II.1.2',
      'Tôn vinh doanh nhân, doanh nghiệp tiêu biểu',
      'SO-CT',
      ['new:Hiệp hội Doanh nghiệp tỉnh', 'BAO-PTTH'],
      'Hằng năm',
    ),
    task(
      'II.2.1',
      'Cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính',
      'VP-UBND',
      [],
      'Năm 2026',
    ),
    task(
      'II.2.2',
      'Công khai, minh bạch thông tin về quy hoạch, đất đai, đấu thầu',
      'SO-NNMT',
      ['SO-TC', 'SO-XD'],
      'Thường xuyên',
    ),
    task(
      'II.2.3',
      'Chấm dứt thanh tra, kiểm tra chồng chéo đối với doanh nghiệp',
      'THANH-TRA',
      ['CA-TINH'],
      'Quý IV/2025',
    ),
    task(
      'III.1',
      'Lãnh đạo xây dựng kế hoạch thực hiện Chương trình',
      'DU-UBND',
      [],
      'Tháng 9/2025',
    ),
    task(
      'III.2',
      'Giám sát việc thực hiện chính sách hỗ trợ doanh nghiệp',
      'MTTQ-TINH',
      [],
      'Hằng năm',
    ),
    task('III.3', 'Theo dõi, đôn đốc việc thực hiện Chương trình', 'BCS-TU', ['VP-TU'], null),
    task(
      'PL.1',
      'Thành lập Quỹ hỗ trợ doanh nghiệp nhỏ và vừa của tỉnh',
      'SO-TC',
      ['SO-CT'],
      'Quý II/2026',
    ),
    task(
      'PL.2',
      'Xây dựng cổng thông tin hỗ trợ pháp lý cho doanh nghiệp',
      'SO-TP',
      ['SO-KHCN'],
      'Quý I/2026',
    ),
    task(
      'PL.3',
      'Bố trí quỹ đất cho doanh nghiệp nhỏ và vừa thuê',
      'SO-NNMT',
      ['SO-CT', 'new:UBND các xã, phường'],
      'Năm 2026',
    ),
    task(
      'PL.4',
      'Đào tạo, bồi dưỡng kỹ năng quản trị cho 1.000 doanh nhân',
      'SO-CT',
      ['new:Hiệp hội Doanh nghiệp tỉnh'],
      'Hằng năm',
    ),
    task(
      'PL.5',
      'Hỗ trợ hộ kinh doanh chuyển lên doanh nghiệp',
      'SO-TC',
      ['new:Thuế tỉnh'],
      'Thường xuyên',
    ),
    task(
      'PL.6',
      'Phát triển doanh nghiệp khởi nghiệp sáng tạo',
      'SO-KHCN',
      ['DOAN-TN'],
      'Năm 2027',
    ),
    task(
      'PL.7',
      'Đánh giá chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)',
      'VP-UBND',
      ['new:Hiệp hội Doanh nghiệp tỉnh'],
      'Hằng năm',
    ),
    task(
      'PL.8',
      'Đối thoại định kỳ giữa lãnh đạo tỉnh với doanh nghiệp',
      'UBND-TINH',
      ['MTTQ-TINH'],
      '6 tháng một lần',
    ),
    task(
      'PL.9',
      'Kiểm tra, giám sát tổ chức đảng trong thực hiện Nghị quyết',
      'UBKT-TU',
      ['BTC-TU'],
      'Năm 2027',
    ),
    task(
      'PL.10',
      'Phát triển tổ chức đảng, đoàn thể trong doanh nghiệp tư nhân',
      'BTC-TU',
      ['DU-UBND'],
      'Thường xuyên',
    ),
  ],
}
