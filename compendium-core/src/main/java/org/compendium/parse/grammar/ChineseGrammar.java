package org.compendium.parse.grammar;

import static org.compendium.parse.grammar.Grammar.numberLabel;
import static org.compendium.parse.grammar.Grammar.numbered;
import static org.compendium.parse.grammar.Grammar.p;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.model.Language;

/**
 * Chinese, as UN documents print it: {@code 第11/5号决议} (the number inside the word), chapters numbered with Chinese
 * numerals ({@code 一.}, {@code 二.}), sub-paragraphs {@code (a)}, full-width punctuation ending paragraphs
 * ({@code ，}, {@code ；}, {@code 。}), recommendations {@code 建议1}, meetings {@code 第十四次会议} and sessions
 * {@code 第十一届会议}. Words are not separated, so leading verbs are matched without a word boundary.
 */
final class ChineseGrammar {
    private static final VerbTable VERBS = new VerbTable(List.of(
            // preambular
            "回顾", "又回顾", "还回顾", "进一步回顾", "重申", "又重申", "注意到", "关切地注意到", "赞赏地注意到",
            "满意地注意到", "又注意到", "铭记", "又铭记", "欢迎", "又欢迎", "认识到", "又认识到", "确认", "强调",
            "又强调", "关切", "深为关切", "严重关切", "深信", "决心", "意识到", "表示关切", "考虑到", "审议了", "遵循",
            "申明", "希望", "承认",
            "震惊地注意到", "深感关切地注意到", "深为震惊", "感到震惊", "深感关切", "深表关切", "赞赏", "欣见",
            "感到鼓舞", "深知", "确信", "坚信", "忆及", "又忆及", "还忆及", "铭记到", "决意", "致力于",
            "表示赞赏", "表示感谢", "表示满意", "又确认", "还确认", "又认识到", "进一步认识到", "还强调", "又关切",
            "审查了", "听取了", "收到了", "谴责", "重申其", "又重申其", "秉承", "本着",
            // operative
            "敦促", "强烈敦促", "又敦促", "请", "还请", "又请", "进一步请", "鼓励", "又鼓励", "还鼓励", "大力鼓励",
            "邀请", "又邀请", "决定", "又决定", "还决定", "呼吁", "又呼吁", "表示注意到", "建议", "表示赞赏", "核可", "核准",
            "通过", "批准", "促请", "吁请", "授权",
            "谴责", "强烈谴责", "痛惜", "宣布", "宣告", "提醒", "表示遗憾", "确认", "又确认", "强调", "又强调",
            "还强调", "重申", "又重申", "认识到", "又认识到", "表示关切", "表示深切关切", "表示感谢", "满意地注意到", "赞赏地注意到", "关切地注意到", "还请", "再次请", "又建议", "还建议", "指示", "责成",
            "敦请", "又促请", "还呼吁", "进一步鼓励"), false);
    private static final String NUMERALS = "[一二三四五六七八九十]{1,3}";

    static final Grammar GRAMMAR = new Grammar(Language.CHINESE,
            new Grammar.ResolutionShapes(
                    p("^[#*\\s]*第\\s*(\\d{1,2}/\\d{1,2})\\s*号决议[*\\s]*$"),
                    p("^[#*\\s]*第\\s*(\\d{1,2}/\\d{1,2})\\s*号决定[*\\s]*$"),
                    p("^[#*\\s]*(?:\\S[^\\n]{0,800}?[:：]\\s*|\\S[^\\n]{0,80}?提交的)?(?:订正)?(?:决议|(?<decision>决定))草案(?:\\s*[一二三四五IVX]{1,4})?[*\\s]*$"),
                    "草案",
                    // Not a title that starts with the body's name ("缔约方会议第十四届会议临时议程"): the Conference's opening
                    // is followed by a comma or a verb, never by an ordinal or a possessive, nor by nothing or the masthead's
            // other column (a masthead's organ line); the Assembly's by its comma.
                    p("^[*\\s]*(?:(?:《?联合国打击跨国有组织犯罪公约》?)?缔约方会议(?![第的])(?!\\s*$)(?!.*\\s{3,}\\S)|大会\\s*[，,]|(?<organ>经济及社会理事会|预防犯罪和刑事司法委员会)\\s*[，,：:])"),
                    p("^\\s*(?:第\\s*\\d{1,3}\\s*次全体会议|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*$"),
                    p("^\\s*附件(?:\\s*([IVX一二三四五]{1,5}|\\d{1,2}))?\\s*$"),
                    numbered(2, "[.．]"), numberLabel(2, "[.．]"), "%s.",
                    p("^\\s*[(（]([a-z]{1,4})[)）]"),
                    p("^\\s*[(（][a-z]{1,4}[)）]\\s*"),
                    "(%s)",
                    List.of(), "，；：。,;:.", false, true),
            new Grammar.ReportShapes(
                    numbered(3, "[.．]"), numberLabel(3, "[.．]"), "%s.",
                    p("^[*_#\\s]*建议\\s*(\\d{1,3})[*_\\s]*$"),
                    p("^建议\\s*\\d{1,3}\\s*"),
                    "建议%s",
                    p("通过了?(?:以下|下列)(?:各项)?建议\\s*[：:]\\s*$"),
                    p("^\\s*(" + NUMERALS + ")[.．、]\\s*(\\S.*)$"),
                    p("^\\s*([A-H])[.．]\\s*(\\S.*)$"),
                    p("^[*_\\s]*(" + NUMERALS + "|[A-H]|\\d{1,2})[.．、]\\s*"),
                    Map.of("一", "I", "二", "II", "三", "III", "四", "IV", "五", "V", "六", "VI", "七", "VII", "八", "VIII",
                            "九", "IX", "十", "X")),
            new Grammar.Wording(
                    p("建议[^。\\n]{0,40}?汇编"),
                    p("秘书处的(?:报告|说明)"),
                    p("工作组会议(?:的)?报告|问题工作组.{0,60}通过了下列建议"),
                    p("贩运人口问题工作组"),
                    p("偷运移民问题工作组"),
                    new KeywordPattern(p("(第[一二三四五六七八九十百零〇两\\d]+)次会议"), p("次会议"), 0),
                    p("(第[一二三四五六七八九十百零〇两\\d]+)届会议"),
                    p("第"),
                    p("^\\s*号(?:决议|决定)"),
                    p("大会|安全理事会|经济及社会理事会|人权理事会|委员会"),
                    Grammar.never(),
                    new Grammar.BodyNames(
                            "联合国打击跨国有组织犯罪公约缔约方会议",
                            "贩运人口问题工作组",
                            "偷运移民问题工作组",
                            "大会")),
            VERBS::lead,
            SpelledOrdinals.of(Locale.CHINESE)::parse);

    private ChineseGrammar() {
    }
}
