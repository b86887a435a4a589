Texts in other scripts (art(7), LANGUAGES). Run with
python3 Tests/cli/transcripts.py --bin .build/debug Tests/cli/scripts.t

Korean, Arabic, Russian, Hebrew, Greek, Hindi, Chinese, Japanese and Thai
news: art-sentences splits each into its three sentences, with offsets in
code points (jq's string slices count code points too); art-entities and
art-quotes have no model for them, so they add nothing and say so in
errors, with exit status 0.

  $ art-sentences Tests/cli/fixtures/scripts/news.jsonl | art-entities | art-quotes > $TMP/out; echo "status $?"
  status 0
  $ jq -r '[.id, ([.sentences[] as $s | .text[$s.start:$s.end]] | join(" | "))] | join(": ")' $TMP/out
  ko: 서울시는 월요일 새로운 대중교통 계획을 발표했다. | 시민들은 대체로 이 결정을 환영했다. | 그러나 일부 상인들은 물가 상승에 대한 우려를 나타냈다.
  ar: أعلنت الحكومة يوم الاثنين عن خطة جديدة للنقل العام. | ورحب السكان بالقرار بشكل عام. | لكن بعض التجار أعربوا عن قلقهم من ارتفاع الأسعار.
  ru: Правительство в понедельник объявило о новом плане развития общественного транспорта. | Жители в целом приветствовали это решение. | Однако некоторые торговцы выразили обеспокоенность ростом цен.
  he: הממשלה הודיעה ביום שני על תוכנית תחבורה חדשה. | התושבים בירכו על ההחלטה. | אך חלק מהסוחרים הביעו דאגה מעליית המחירים.
  el: Η κυβέρνηση ανακοίνωσε τη Δευτέρα ένα νέο σχέδιο για τις δημόσιες συγκοινωνίες. | Οι κάτοικοι χαιρέτισαν την απόφαση. | Ωστόσο, ορισμένοι έμποροι εξέφρασαν ανησυχία για την άνοδο των τιμών.
  hi: सरकार ने सोमवार को सार्वजनिक परिवहन की एक नई योजना की घोषणा की। | निवासियों ने इस फैसले का स्वागत किया। | लेकिन कुछ व्यापारियों ने बढ़ती कीमतों पर चिंता जताई।
  zh: 政府周一宣布了一项新的公共交通计划。 | 居民普遍欢迎这一决定。 | 但一些商人对物价上涨表示担忧。
  ja: 政府は月曜日、新しい公共交通計画を発表した。 | 住民はおおむねこの決定を歓迎した。 | しかし一部の商店主は物価の上昇に懸念を示した。
  th: รัฐบาลประกาศแผนการขนส่งสาธารณะใหม่เมื่อวันจันทร์ | ประชาชนส่วนใหญ่ยินดีกับการตัดสินใจนี้ | แต่พ่อค้าบางคนแสดงความกังวลเรื่องราคาที่สูงขึ้น
  $ jq -c '[.entities, .quotes, [.errors[] | .tool + " " + .kind]]' $TMP/out | uniq -c | sed 's/^ *//'
  9 [null,null,["art-entities unsupported_language","art-quotes unsupported_language"]]

A text too short to identify is taken to be English only when it is
written in Latin letters:

  $ printf '{"text":"Hi there."}\n{"text":"居民欢迎。"}\n' | art-entities | jq -c '[.entities, [.errors[]?.kind]]'
  [[],[]]
  [null,["unsupported_language"]]
