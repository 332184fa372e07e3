package dev.casus.run;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Worker threads for cases, each case under a time limit. A case stops by itself at its limit when
 * its clauses are between firings. One stuck inside a clause's own Java (a trusted clause) is
 * interrupted a little after its limit, and abandoned a little after that: its result is a timeout,
 * and a new worker takes its place so that the other cases go on. A JVM cannot kill a thread, so an
 * abandoned thread runs on, as a daemon, until it ends or the JVM does.
 */
final class CaseWorkers implements AutoCloseable {

    /** How long after its limit a case is interrupted, and abandoned after that. */
    private static final Duration GRACE = Duration.ofSeconds(1);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor pool;
    private final long limitNanos;

    CaseWorkers(int threads, Duration limit) {
        int id = POOLS.incrementAndGet();
        AtomicInteger workers = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread t = new Thread(task, "casus-cases-" + id + "-" + workers.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.limitNanos = limit.toNanos();
    }

    /** A case submitted: its future, and when and where it started. */
    static final class Pending<T> {
        private volatile Future<T> future;
        private volatile long startedNanos;
        private volatile Thread thread;
        private boolean interrupted;
    }

    <T> Pending<T> submit(Callable<T> task) {
        Pending<T> pending = new Pending<>();
        pending.future = pool.submit(() -> {
            pending.thread = Thread.currentThread();
            pending.startedNanos = System.nanoTime();
            return task.call();
        });
        return pending;
    }

    /**
     * The case's result: as it returned, or, when it had to be abandoned, what {@code abandoned} makes
     * of how long it ran.
     */
    <T> T await(Pending<T> pending, Function<Duration, T> abandoned) throws InterruptedException, ExecutionException {
        long interruptAfter = limitNanos + GRACE.toNanos();
        long abandonAfter = interruptAfter + GRACE.toNanos();
        while (true) {
            Future<T> future = pending.future;
            long started = pending.startedNanos;
            long wait = started == 0 ? TimeUnit.MILLISECONDS.toNanos(100)
                    : (pending.interrupted ? abandonAfter : interruptAfter) - (System.nanoTime() - started);
            try {
                return future.get(Math.max(wait, 1), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (started == 0) {
                    continue;
                }
                long ran = System.nanoTime() - started;
                if (!pending.interrupted && ran >= interruptAfter) {
                    pending.interrupted = true;
                    pending.thread.interrupt();
                } else if (pending.interrupted && ran >= abandonAfter) {
                    future.cancel(true);
                    T result = abandoned.apply(Duration.ofNanos(ran));
                    replaceWorker();
                    return result;
                }
            }
        }
    }

    /** One more worker, in place of one that is stuck. */
    private synchronized void replaceWorker() {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
