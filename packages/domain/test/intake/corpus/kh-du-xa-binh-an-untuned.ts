import { type CorpusDocument, task } from './expected-task.js'

// Written last, after the rules were committed (commit "domain: tests of the drafting rules and
// the corpus thresholds…"), and never used to tune them: the figures the corpus test and the
// benchmark give for it are those of rules that had not seen it. A commune's Party committee's
// plan: roles in parentheses after each item, a part "phân công" with the bodies as bullets.
const text = `
ĐẢNG BỘ TỈNH AN PHÚ
ĐẢNG ỦY XÃ BÌNH AN
Số: 15-KH/ĐU
Bình An, ngày 12 tháng 6 năm 2026
KẾ HOẠCH
thực hiện Kế hoạch số 52-KH/TU, ngày 20/4/2026 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị
-----
Thực hiện Kế hoạch số 52-KH/TU, ngày 20/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện trên địa bàn xã như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Tạo chuyển biến rõ nét về ý thức tu dưỡng, rèn luyện đạo đức, lối sống của cán bộ, đảng viên.
- Gắn học tập và làm theo Bác với thực hiện nhiệm vụ chính trị của xã năm 2026.
II. NHIỆM VỤ, GIẢI PHÁP
1. Về công tác tuyên truyền, học tập
1.1. Tổ chức hội nghị học tập chuyên đề năm 2026 cho cán bộ chủ chốt của xã (Ban Xây dựng Đảng Đảng ủy chủ trì; thời gian: tháng 7/2026).
1.2. Chỉ đạo 100% chi bộ sinh hoạt chuyên đề theo hướng dẫn (Văn phòng Đảng ủy chủ trì, phối hợp với các chi bộ; thời gian: hằng quý).
1.3. Tuyên truyền trên hệ thống loa truyền thanh của xã về các tấm gương điển hình (Ủy ban nhân dân xã chủ trì; thường xuyên).
2. Về làm theo Bác gắn với xây dựng chính quyền
2.1. Rà soát, công khai thủ tục hành chính tại Trung tâm phục vụ hành chính công xã; giao Ủy ban nhân dân xã thực hiện, hoàn thành trước ngày 31/8/2026.
2.2. Tổ chức tiếp công dân định kỳ của Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã. Văn phòng Đảng ủy chủ trì, phối hợp với Văn phòng HĐND và UBND xã bố trí lịch. Thời gian: hằng tháng.
2.3. Xây dựng và nhân rộng mô hình "Thôn văn minh, an toàn". Công an xã chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã thực hiện. Thời gian: Năm 2026.
2.4. Kiểm tra việc thực hiện quy định nêu gương của cán bộ, đảng viên. Ủy ban Kiểm tra Đảng ủy chủ trì. Thời gian: Quý IV/2026.
3. Về phát huy vai trò Mặt trận và các đoàn thể
3.1. Ủy ban MTTQ Việt Nam xã chủ trì, phối hợp với các đoàn thể chính trị - xã hội xã vận động Nhân dân tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa". Thời gian: Thường xuyên.
3.2. Đoàn Thanh niên xã tổ chức cho đoàn viên, thanh niên đăng ký công trình, phần việc làm theo Bác. Thời gian: Quý III/2026.
3.3. Hội Nông dân xã vận động hội viên hiến đất làm đường giao thông nông thôn. Thời gian: Năm 2026.
III. PHÂN CÔNG THỰC HIỆN
1. Ban Xây dựng Đảng Đảng ủy: Tham mưu Ban Thường vụ Đảng ủy hướng dẫn các chi bộ triển khai Kế hoạch; hoàn thành trong tháng 7/2026.
2. Văn phòng Đảng ủy: Theo dõi, tổng hợp kết quả thực hiện; báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 10/11 hằng năm.
3. Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã đưa các nội dung làm theo Bác vào chương trình công tác năm. Thời gian: Quý III/2026.
4. Hội đồng nhân dân xã giám sát việc giải quyết kiến nghị của cử tri liên quan đến thái độ phục vụ của cán bộ, công chức. Thời gian: 6 tháng một lần.
5. Các chi bộ trực thuộc xây dựng kế hoạch thực hiện của chi bộ, gửi về Văn phòng Đảng ủy trước ngày 15/7/2026.
6. Ủy ban Kiểm tra Đảng ủy đưa nội dung thực hiện Kế hoạch vào chương trình kiểm tra, giám sát năm 2027.
T/M BAN THƯỜNG VỤ
BÍ THƯ
Võ Thị Lan
`

export const khDuXaBinhAnUntuned: CorpusDocument = {
  name: '15-KH-DU-xa-binh-an.txt',
  text,
  untuned: true,
  tasks: [
    task(
      'II.1.1',
      'Tổ chức hội nghị học tập chuyên đề năm 2026 cho cán bộ chủ chốt của xã',
      'BXD-DU-XA-BA',
      [],
      'tháng 7/2026',
    ),
    task(
      'II.1.2',
      'Chỉ đạo 100% chi bộ sinh hoạt chuyên đề theo hướng dẫn',
      'VP-DU-XA-BA',
      ['new:các chi bộ'],
      'hằng quý',
    ),
    task(
      'II.1.3',
      'Tuyên truyền trên hệ thống loa truyền thanh của xã về các tấm gương điển hình',
      'UBND-XA-BA',
      [],
      'thường xuyên',
    ),
    task(
      'II.2.1',
      'Rà soát, công khai thủ tục hành chính tại Trung tâm phục vụ hành chính công xã',
      'UBND-XA-BA',
      [],
      'trước ngày 31/8/2026',
    ),
    task(
      'II.2.2',
      'Tổ chức tiếp công dân định kỳ của Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã',
      'VP-DU-XA-BA',
      ['new:Văn phòng HĐND và UBND xã'],
      'hằng tháng',
    ),
    task(
      'II.2.3',
      'Xây dựng và nhân rộng mô hình "Thôn văn minh, an toàn"',
      'CA-XA-BA',
      ['MTTQ-XA-BA'],
      'Năm 2026',
    ),
    task(
      'II.2.4',
      'Kiểm tra việc thực hiện quy định nêu gương của cán bộ, đảng viên',
      'UBKT-DU-XA-BA',
      [],
      'Quý IV/2026',
    ),
    task(
      'II.3.1',
      'Vận động Nhân dân tham gia phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
      'MTTQ-XA-BA',
      ['new:các đoàn thể chính trị - xã hội xã'],
      'Thường xuyên',
    ),
    task(
      'II.3.2',
      'Tổ chức cho đoàn viên, thanh niên đăng ký công trình, phần việc làm theo Bác',
      'new:Đoàn Thanh niên xã',
      [],
      'Quý III/2026',
    ),
    task(
      'II.3.3',
      'Vận động hội viên hiến đất làm đường giao thông nông thôn',
      'new:Hội Nông dân xã',
      [],
      'Năm 2026',
    ),
    task(
      'III.1',
      'Tham mưu hướng dẫn các chi bộ triển khai Kế hoạch',
      'BXD-DU-XA-BA',
      [],
      'tháng 7/2026',
    ),
    task('III.2', 'Theo dõi, tổng hợp kết quả thực hiện', 'VP-DU-XA-BA', [], null),
    task(
      'III.3',
      'Lãnh đạo Ủy ban nhân dân xã đưa các nội dung làm theo Bác vào chương trình công tác năm',
      'new:Đảng ủy Ủy ban nhân dân xã',
      [],
      'Quý III/2026',
    ),
    task(
      'III.4',
      'Giám sát việc giải quyết kiến nghị của cử tri về thái độ phục vụ của cán bộ, công chức',
      'HDND-XA-BA',
      [],
      '6 tháng một lần',
    ),
    task(
      'III.5',
      'Xây dựng kế hoạch thực hiện của chi bộ',
      'new:Các chi bộ trực thuộc',
      [],
      'trước ngày 15/7/2026',
    ),
    task(
      'III.6',
      'Đưa nội dung thực hiện Kế hoạch vào chương trình kiểm tra, giám sát năm 2027',
      'UBKT-DU-XA-BA',
      [],
      null,
    ),
  ],
}
