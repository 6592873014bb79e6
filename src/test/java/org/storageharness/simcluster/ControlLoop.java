package org.storageharness.simcluster;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Store;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated control plane's single thread. Informer events, timers and process exits all run here one at a time,
 * so the controllers need no locks. Work queues until {@link #start()}, which is called once every controller is wired.
 */
final class ControlLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControlLoop.class);

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "simcluster-control-loop"));
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<SharedIndexInformer<?>> informers = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile boolean closing;

    ControlLoop() {
        thread.execute(this::awaitStart);
    }

    /** Informs on {@code source}; changes and deletions run on the loop. Returns the informer's cache. */
    <T extends HasMetadata> Store<T> watch(String kind, Informable<T> source, Consumer<T> onChange,
            Consumer<T> onDelete) {
        SharedIndexInformer<T> informer = source.inform(new ResourceEventHandler<T>() {
            @Override
            public void onAdd(T object) {
                run(kind + " " + name(object) + " added", () -> onChange.accept(object));
            }

            @Override
            public void onUpdate(T old, T object) {
                run(kind + " " + name(object) + " changed", () -> onChange.accept(object));
            }

            @Override
            public void onDelete(T object, boolean finalStateUnknown) {
                run(kind + " " + name(object) + " deleted", () -> onDelete.accept(object));
            }
        }, 0);
        informers.add(informer);
        return informer.getStore();
    }

    void start() {
        started.countDown();
    }

    void run(String what, Runnable task) {
        later(what, Duration.ZERO, task);
    }

    void later(String what, Duration delay, Runnable task) {
        try {
            thread.schedule(() -> guarded(what, task), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.debug("simulated cluster: closed, so [{}] does not run", what);
        }
    }

    /** What went wrong in the controllers, one line each; objects deleted while being handled are not errors. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    private void guarded(String what, Runnable task) {
        if (closing) {
            return;
        }
        LOG.debug("simulated cluster: {}", what);
        try {
            task.run();
        } catch (KubernetesClientException e) {
            if (closing || e.getCode() == 404 || e.getCode() == 409) {
                LOG.debug("simulated cluster: {} raced with a change [{}]; the next event reconciles", what,
                        e.getCode());
            } else {
                failed(what, e);
            }
        } catch (RuntimeException e) {
            failed(what, e);
        }
    }

    private void failed(String what, RuntimeException e) {
        if (closing) {
            LOG.debug("simulated cluster: {} interrupted by close", what, e);
            return;
        }
        LOG.error("simulated cluster: {} failed", what, e);
        errors.add(what + ": " + e);
    }

    private void awaitStart() {
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String name(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return (namespace == null ? "" : namespace + "/") + object.getMetadata().getName();
    }

    @Override
    public void close() {
        closing = true;
        informers.forEach(SharedIndexInformer::stop);
        started.countDown();
        thread.shutdownNow();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("simulated cluster: the control loop did not stop within [10 s]");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
