package nl.duiding.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fault injection for crash tests, active only with {@code duiding.test.stall-index-writes}: every index write
 * first drops a marker file and then waits, so a test can kill the process after the story's database commit
 * and before its index write.
 */
@Component
@ConditionalOnProperty("duiding.test.stall-index-writes")
class StalledIndexWrites implements BeanPostProcessor {

    private final Duration stall;
    private final Path marker;

    StalledIndexWrites(Environment env) {
        this.stall = Duration.parse(env.getRequiredProperty("duiding.test.stall-index-writes"));
        this.marker = Path.of(env.getRequiredProperty("duiding.test.stall-marker"));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof StoryIndex)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (invocation.getMethod().getName().equals("write")) {
                try {
                    Files.writeString(marker, "stalled");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                Thread.sleep(stall);
            }
            return invocation.proceed();
        });
        return proxy.getProxy();
    }
}
