using System.Diagnostics;
using System.Diagnostics.Metrics;
using WalkingDrum.Tenants.Services;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Tenants.Tests.Services;

[Collection(AppCollection.Name)]
public sealed class TenantsMetricsTests(WalkingDrumApp app)
{
    [Fact]
    public async Task Provisioning_records_a_count_a_duration_and_a_trace()
    {
        var measurements = new List<(string Instrument, double Value)>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == TenantsMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        meters.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument, value));
        meters.Start();
        var activities = new List<Activity>();
        using var traces = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TenantsMetrics.MeterName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (activities) { activities.Add(activity); } },
        };
        ActivitySource.AddActivityListener(traces);

        var shop = await app.CreateShopAsync();

        lock (measurements)
        {
            Assert.Contains(measurements, m => m.Instrument == "walkingdrum.tenants.provisioned" && m.Value == 1);
            Assert.Contains(measurements, m => m.Instrument == "walkingdrum.tenants.provisioning.duration" && m.Value > 0);
        }

        lock (activities)
        {
            Assert.Contains(activities, a => a.OperationName == "tenant.provision" && (string?)a.GetTagItem("walkingdrum.tenant") == shop.Name);
        }

        void Record(Instrument instrument, double value)
        {
            lock (measurements)
            {
                measurements.Add((instrument.Name, value));
            }
        }
    }
}
