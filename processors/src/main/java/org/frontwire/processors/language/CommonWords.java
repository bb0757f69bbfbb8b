package org.frontwire.processors.language;

import java.util.List;
import java.util.Set;

/**
 * French, German, Portuguese, Italian, Spanish, Polish and Czech told by their commonest words, before the model, the way {@link EnglishWords}
 * tells English: a Latin-script sample in which words only that language writes this often make at least
 * {@value #MIN_SHARE} of the words, {@value #MIN_WORDS} of them at least, is that language, provided no other
 * language's words are half as frequent.
 * Words neighbouring languages also write often are left out: French {@code les}, {@code des}, {@code qui},
 * {@code mais}, {@code et}, {@code au}, {@code pas}, {@code ses} (Catalan, Italian, Portuguese, German, Danish,
 * Romanian); German {@code die}, {@code der}, {@code den}, {@code dem}, {@code das}, {@code mit}, {@code er},
 * {@code es}, {@code wie}, {@code hat} (Dutch, Afrikaans, the Scandinavian languages, Portuguese, Spanish, Hungarian);
 * Portuguese {@code das}, {@code dos}, {@code com}, {@code mais}, {@code ao}, {@code seu}, {@code sua}, {@code está}
 * (German, Spanish, Catalan, French, Galician, Italian); Italian {@code il}, {@code per}, {@code una}, {@code del},
 * {@code che}, {@code non}, {@code quando}, {@code sempre} (French, Catalan, Spanish, Portuguese, Romansh); Spanish
 * {@code del}, {@code por}, {@code para}, {@code una}, {@code con}, {@code que}, {@code este}, {@code esta},
 * {@code desde}, {@code sobre}, {@code todos}, {@code será}, {@code están}, {@code sido} (Italian, Portuguese,
 * Galician, Catalan); Polish {@code nie}, {@code ich}, {@code jak}, {@code ale}, {@code tak}, {@code sobota} (German,
 * Czech, Slovak); Czech {@code však}, {@code jeho}, {@code ale}, {@code jak}, {@code tak}, {@code pro}, {@code korun}
 * (Slovak, Polish).
 */
final class CommonWords {
    static final double MIN_SHARE = 0.08;
    static final int MIN_WORDS = 5;
    private static final List<String> LANGUAGES = List.of("fr", "de", "pt", "it", "es", "pl", "cs");
    private static final List<Set<String>> WORDS = List.of(
            Set.of("dans", "pour", "avec", "une", "cette", "sont", "aux", "leur", "leurs", "ils", "elle", "elles", "nous",
                    "vous", "était", "avait", "selon", "après", "été", "ont", "sur", "ces", "comme", "contre", "sous", "être",
                    "avoir", "lors", "depuis", "également", "seront", "sera", "deux", "trois", "aussi", "ainsi", "encore",
                    "déjà", "toujours", "dont", "très", "pendant", "est", "par", "plus", "tous", "tout", "toute", "toutes",
                    "avant", "alors", "chez", "mois", "fois", "peut", "puis", "ans", "année", "années", "notre", "votre",
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
            Set.of("und", "ist", "nicht", "sich", "auch", "auf", "für", "eine", "einer", "einen", "eines", "ein", "wurde",
                    "wurden", "werden", "wird", "sind", "nach", "bei", "von", "zum", "zur", "über", "noch", "aber", "oder",
                    "wenn", "hatte", "haben", "ihre", "seine", "dass", "sagte", "ohne", "unter", "durch", "gegen", "sowie",
                    "bereits", "jedoch", "nur", "schon", "mehr", "seit", "ihres", "ihrer", "ihren", "seiner", "seinen", "vom",
                    "kann", "können", "könne", "sollen", "soll", "müssen", "zwei", "drei"),
            Set.of("não", "uma", "também", "pelo", "pela", "pelos", "pelas", "são", "isso", "ainda", "após", "estão",
                    "foram", "você", "essa", "esse", "então", "numa", "muito", "até", "quem"),
            Set.of("della", "delle", "degli", "dello", "nella", "nelle", "negli", "sono", "anche", "questo", "questa",
                    "queste", "questi", "gli", "stato", "essere", "hanno", "più", "dopo", "alla", "alle", "allo", "sulla",
                    "dal", "dalla", "nel", "loro", "tutti", "tutto", "tutta", "tutte", "ancora", "anni", "molto", "ogni",
                    "già", "però", "quindi", "senza", "secondo", "stati", "stata", "sarà", "sul", "tra", "lunedì", "martedì",
                    "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
            Set.of("los", "las", "fue", "fueron", "según", "pero", "sus", "también", "había", "habían", "después", "cuando",
                    "hasta", "muy", "donde", "ayer", "dijo", "hoy", "así", "año", "años", "aunque", "mientras", "ella",
                    "ellos", "unos", "unas", "hay", "tiene", "tienen", "nuevo", "nueva", "tras", "sin", "puede", "pueden",
                    "otro", "otra", "otros", "mismo", "misma", "entonces", "además", "ahora", "millones", "gobierno",
                    "lunes", "martes", "miércoles", "jueves", "viernes"),
            Set.of("się", "jest", "został", "została", "zostały", "było", "był", "była", "będzie", "który", "która",
                    "które", "którzy", "przez", "oraz", "dla", "roku", "tylko", "już", "może", "przy", "jednak", "także",
                    "również", "między", "według", "czy", "jego", "jej", "tym", "tego", "tej", "kilka", "podczas", "ponad",
                    "jeszcze", "bardzo", "gdzie", "więc", "teraz", "poniedziałek", "wtorek", "środa", "czwartek", "piątek",
                    "niedziela"),
            Set.of("jsou", "byl", "byla", "bylo", "byly", "není", "také", "podle", "jako", "nebo", "než", "který", "která",
                    "které", "kterou", "kteří", "jejich", "bude", "budou", "této", "tento", "tato", "řekl", "uvedl", "při",
                    "mezi", "již", "roce", "letech", "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle"));

    private CommonWords() {}

    /** The language the sample is by its words ("fr", "de", "pt", "it", "es", "pl" or "cs"), else {@code null}: the model decides. */
    static String decide(CharSequence sample) {
        int[] counts = new int[LANGUAGES.size()];
        int words = SampleWords.scan(sample, (text, from, to, ascii) -> {
            int length = to - from;
            if (length >= 3 && length <= 12) {
                String word = SampleWords.lower(text, from, to);
                for (int l = 0; l < counts.length; l++) {
                    counts[l] += WORDS.get(l).contains(word) ? 1 : 0;
                }
            }
        });
        int best = 0;
        for (int l = 1; l < counts.length; l++) {
            if (counts[l] > counts[best]) {
                best = l;
            }
        }
        if (counts[best] < MIN_WORDS || counts[best] < MIN_SHARE * words) {
            return null;
        }
        for (int l = 0; l < counts.length; l++) {
            if (l != best && counts[l] * 2 >= counts[best]) {
                return null;
            }
        }
        return LANGUAGES.get(best);
    }
}
