using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace WalkingDrum.Web.Observability;

/// <summary>
/// Structured logs (JSON with <c>Logging:Format=json</c>) and OpenTelemetry traces and metrics
/// with the exporter chosen by <c>Telemetry:Exporter</c>: <c>none</c> (default), <c>console</c>
/// or <c>otlp</c> (endpoint from the standard <c>OTEL_EXPORTER_OTLP_*</c> variables).
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string SourcePrefix = "WalkingDrum.";

    public static WebApplicationBuilder AddWalkingDrumTelemetry(this WebApplicationBuilder builder)
    {
        if (string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        var exporter = builder.Configuration["Telemetry:Exporter"] ?? "none";
        if (string.Equals(exporter, "none", StringComparison.OrdinalIgnoreCase))
        {
            return builder;
        }

        var otlp = string.Equals(exporter, "otlp", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["Telemetry:ServiceName"] ?? "walkingdrum"))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddSource(SourcePrefix + "*");
                _ = otlp ? tracing.AddOtlpExporter() : tracing.AddConsoleExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(SourcePrefix + "*");
                _ = otlp ? metrics.AddOtlpExporter() : metrics.AddConsoleExporter();
            });
        return builder;
    }
}
