package ca.vigie.coresponse.steering;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steering page's reads of a team's calls: each in a read-only transaction with memory enough to
 * hash its groups rather than sort them on disk, and the independent ones side by side on a second
 * connection, so that the page waits for the longest read rather than for their sum.
 */
@Component
class ReportReads implements DisposableBean {

    /** Enough for the groups of a year of a busy team's calls; the database's default is a few megabytes. */
    private static final String WORK_MEM = "set local work_mem = '16MB'";

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final ExecutorService side;

    ReportReads(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        AtomicInteger threads = new AtomicInteger();
        this.side = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "steering-read-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A read on this thread, in the caller's transaction if there is one. */
    <T> T read(Supplier<T> query) {
        return readOnly.execute(status -> {
            jdbc.sql(WORK_MEM).update();
            return query.get();
        });
    }

    /** A read started on the side, in a transaction of its own; {@link #result} waits for it. */
    <T> CompletableFuture<T> beside(Supplier<T> query) {
        return CompletableFuture.supplyAsync(() -> read(query), side).orTimeout(60, TimeUnit.SECONDS);
    }

    static <T> T result(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    @Override
    public void destroy() {
        side.shutdownNow();
    }
}
