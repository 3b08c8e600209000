package io.loadcast.stack.catalog;

/** Fixed addresses of the infrastructure, the same on every developer's machine so URLs can be shared. */
public final class StackPorts {

    public static final int KAFKA = 9092;
    public static final int KAFKA_CONTROLLER = 9093;
    public static final int POSTGRES = 15432;
    public static final int S3 = 9000;
    public static final String S3_BUCKET = "loadcast-artifacts";
    public static final int CONSOLE = 8080;

    private StackPorts() {}
}
