package nl.duiding.analysis;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import nl.duiding.story.StoryRecord;

/**
 * Fault injection for rebuild tests, active only with {@code duiding.test.pause-rebuild}: a full rebuild stops
 * armed by the test pauses after it has streamed its first story (holding the index's write lock, the old commit still searchable) until
 * the test calls {@link #resume()}.
 */
@Component
@ConditionalOnProperty("duiding.test.pause-rebuild")
class PausedRebuilds implements BeanPostProcessor {

    private static volatile CountDownLatch paused = new CountDownLatch(1);
    private static volatile CountDownLatch resumed = new CountDownLatch(1);

    private static volatile boolean armed;

    /** The next rebuild pauses after its first story (the start-up rebuild runs before any test arms this). */
    static void arm() {
        armed = true;
        paused = new CountDownLatch(1);
        resumed = new CountDownLatch(1);
    }

    static boolean awaitPaused() throws InterruptedException {
        return paused.await(30, TimeUnit.SECONDS);
    }

    static void resume() {
        resumed.countDown();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof StoryIndex)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (invocation.getMethod().getName().equals("rebuild") && armed) {
                armed = false;
                Consumer<Consumer<StoryRecord>> source = (Consumer<Consumer<StoryRecord>>) invocation.getArguments()[0];
                invocation.getArguments()[0] = (Consumer<Consumer<StoryRecord>>) sink -> source.accept(new Consumer<>() {
                    private boolean first = true;

                    @Override
                    public void accept(StoryRecord story) {
                        sink.accept(story);
                        if (first) {
                            first = false;
                            pause();
                        }
                    }
                });
            }
            return invocation.proceed();
        });
        return proxy.getProxy();
    }

    private static void pause() {
        paused.countDown();
        try {
            if (!resumed.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never resumed the rebuild");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
