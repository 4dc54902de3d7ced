"""English word lists that guide sentence splitting; edit these, not the splitter's code.

Abbreviations are written without their final period and compared case-sensitively.
"""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


#: Titles and ranks that precede a name: never the end of a sentence ("Lt. Gen. John Smith").
TITLES = _words(
    """
    Mr Mrs Ms Messrs Mme Mmes Mlle Dr Drs Prof Profs Rev Revs Hon Fr Msgr Sra Srta
    Gen Gens Lt Lieut Col Capt Cpt Cmdr Cdr Comdr Maj Sgt Cpl Pvt Adm Brig Ens Spc
    Gov Sen Sens Rep Reps Pres Amb Atty Supt Insp Det Const Cllr Rt Dep Asst Assoc
    """
)

#: Place abbreviations before a name: "St. Mary's", "Mt. Hood", "Ft. Worth".
NAME_PLACE_ABBREVIATIONS = _words("St Mt Ft")

#: Abbreviations written before a number: "No. 10", "Sept. 3", "Vol. 2", "pp. 4-5".
BEFORE_NUMBER = _words(
    """
    No Nos no nos Art art Vol Vols vol vols Fig Figs fig figs p pp para paras Para Sec sec
    Ch ch Chap chap Pt pt Op op Nr nr Tel tel Ref ref
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)

#: Abbreviations that only ever sit inside a sentence ("e.g.", "vs.", "approx.").
NEVER_FINAL = _words(
    """
    e.g i.e cf vs viz approx Approx ca incl esp resp
    """
)

#: Abbreviations that may also end a sentence ("Acme Inc.", "in the U.S.", "at 5 p.m.").
#: Dotted forms (U.S., a.m.) are recognised by shape and need not be listed.
MAY_BE_FINAL = _words(
    """
    Inc Co Corp Ltd Plc plc Bros Jr Sr St Ave Blvd Rd Hwy Mt Ft Dept Univ Assn al etc Etc
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """
)

#: Words after "a.m."/"p.m." that continue the sentence ("5 p.m. Sunday", "p.m. ET").
AFTER_CLOCK_TIME = _words(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST CET CEST UTC IST JST AEST
    Eastern Central Mountain Pacific Atlantic Greenwich local
    """
)

#: In a text set in capitals (an autocue's, a wire's) "P.M." and "A.M." before these, or
#: before a word of ``AFTER_CLOCK_TIME`` in capitals, continue the sentence: "CLOSE AT FIVE
#: P.M. TOMORROW" (session 25); in mixed case "5 p.m. Tomorrow is..." still opens one.
AFTER_SHOUTED_CLOCK_TIME = _words("TODAY TOMORROW TONIGHT YESTERDAY")

#: Capitalised words that almost always begin a sentence; after an abbreviation that may end
#: a sentence they decide the split ("in the U.S. The president" vs "U.S. President").
SENTENCE_OPENERS = _words(
    """
    The A An This That These Those There Their They Them He She It Its His Her Hers We Our
    You Your I My Me Us Some Many Most Much All Both Each Every Any Another Other Others Such
    Several Few More Less None Neither Either Nor Not No Only Even Just
    But And Or So Yet Then Now Still Also Instead However Meanwhile Moreover Furthermore
    Nevertheless Nonetheless Otherwise Therefore Thus Hence Indeed Perhaps Maybe Similarly
    Likewise Overall Finally Again Already Earlier Later Afterwards Eventually Separately
    Elsewhere Initially Previously Recently Currently Today Yesterday Tomorrow Tonight
    Last Next Although Though While Whilst When Whenever After Before Since Because If
    Unless Until Once As Despite According Following During Under Over Within Without
    With From For By In On At Of To Into Among Amid Amidst Against Through Throughout
    What Who Whom Whose Why How Where Which Whether Whatever Here Asked Speaking
    Is Are Was Were Has Have Had Do Does Did Could Would Should Let Please
    """
)

#: Words that start a new sentence glued to the previous one by a lost space
#: ("on its 73rd dayToday, ..."). Kept short: each entry can also end a brand name.
GLUED_OPENERS = _words(
    """
    The This That These Those There Today Yesterday Tomorrow Tonight On In At A An It
    He She They We According But However Meanwhile Earlier Later Last After Before
    When While During Since Following
    """
)

#: Written-together names whose tail looks like a glued opener ("LinkedIn" is not "Linked|In").
GLUED_NAMES = _words(
    """
    LinkedIn CheckIn SignIn LogIn PlugIn WalkIn DriveIn AddOn LogOn CarryOn HandsOn MoveOn
    """
)
