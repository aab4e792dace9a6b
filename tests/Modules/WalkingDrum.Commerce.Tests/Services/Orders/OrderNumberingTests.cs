using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Checkout;
using WalkingDrum.Commerce.Services.Orders;
using WalkingDrum.Core.Data;
using WalkingDrum.Core.Money;
using WalkingDrum.Core.Payments;
using WalkingDrum.Core.Tenancy;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Orders;

/// <summary>
/// Order numbers come from the shop's gapless counter: paid checkouts recorded at the same moment
/// queue for consecutive numbers instead of colliding, and a recording rolled back gives its number back.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OrderNumberingTests(WalkingDrumApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Concurrent_recordings_in_one_shop_get_consecutive_numbers()
    {
        var shop = await app.CreateShopAsync();
        var drafts = await AddDraftsAsync(shop, 12);

        await Task.WhenAll(drafts.Select(d => Task.Run(() => RecordAsync(shop, d, commit: true))));

        Assert.Equal(Enumerable.Range(1001, 12).Select(n => (long)n), await NumbersAsync(shop));
    }

    [Fact]
    public async Task A_recording_rolled_back_leaves_no_gap()
    {
        var shop = await app.CreateShopAsync();
        var drafts = await AddDraftsAsync(shop, 3);

        await RecordAsync(shop, drafts[0], commit: true);
        await RecordAsync(shop, drafts[1], commit: false);
        await RecordAsync(shop, drafts[2], commit: true);

        Assert.Equal([1001L, 1002L], await NumbersAsync(shop));
        var orders = await app.InShopAsync(shop.Tenant, db => db.Set<Order>().AsNoTracking().OrderBy(o => o.Number).Select(o => o.CheckoutSessionId).ToListAsync());
        Assert.Equal([SessionOf(drafts[0]), SessionOf(drafts[2])], orders);
    }

    [Fact]
    public async Task Two_shops_count_independently()
    {
        var a = await app.CreateShopAsync();
        var b = await app.CreateShopAsync();
        var aDrafts = await AddDraftsAsync(a, 2);
        var bDrafts = await AddDraftsAsync(b, 1);

        await RecordAsync(a, aDrafts[0], commit: true);
        await RecordAsync(a, aDrafts[1], commit: true);
        await RecordAsync(b, bDrafts[0], commit: true);

        Assert.Equal([1001L, 1002L], await NumbersAsync(a));
        Assert.Equal([1001L], await NumbersAsync(b));
    }

    // As the processor's event or the success page does: the recording in a transaction of its own scope.
    private Task RecordAsync(TestShop shop, CheckoutDraft draft, bool commit) =>
        app.Services.GetRequiredService<ITenantScopeRunner>().RunAsync(shop.Tenant, async services =>
        {
            var db = services.GetRequiredService<WalkingDrumDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await services.GetRequiredService<OrderRecorder>().HandleAsync(Completion(draft), CancellationToken.None);
            if (commit)
            {
                await transaction.CommitAsync();
            }
        });

    private Task<List<long>> NumbersAsync(TestShop shop) =>
        app.InShopAsync(shop.Tenant, db => db.Set<Order>().AsNoTracking().OrderBy(o => o.Number).Select(o => o.Number).ToListAsync());

    private Task<List<CheckoutDraft>> AddDraftsAsync(TestShop shop, int count) =>
        app.InShopAsync(shop.Tenant, async db =>
        {
            var address = new PostalAddress("Ada Lovelace", "12 rue de la Paix", "", "Paris", "", "75002", "FR");
            var drafts = Enumerable.Range(0, count).Select(_ =>
            {
                var id = Guid.CreateVersion7();
                CheckoutDraftLine[] lines = [new(Guid.NewGuid(), Guid.NewGuid(), "House blend", null, 1, 1250, 1250, null, null, null, null)];
                return new CheckoutDraft
                {
                    Id = id,
                    Fingerprint = id.ToString("N"),
                    CartId = Guid.NewGuid(),
                    Email = "ada@example.com",
                    ShippingMethod = CheckoutTotals.NoRatesMethod,
                    AddressJson = JsonSerializer.Serialize(address, Json),
                    LinesJson = JsonSerializer.Serialize(lines, Json),
                    Currency = "EUR",
                    SubtotalMinor = 1250,
                    TotalMinor = 1250,
                    SessionId = SessionOf(id),
                    StorefrontUrl = $"http://localhost/s/{shop.Name}/",
                    CreatedAt = DateTimeOffset.UtcNow,
                };
            }).ToList();
            db.AddRange(drafts);
            await db.SaveChangesAsync();
            return drafts;
        });

    private static CheckoutCompletion Completion(CheckoutDraft draft) =>
        new(SessionOf(draft), draft.Id.ToString(), "pi_test_" + draft.Id.ToString("N"), new Amount(draft.TotalMinor, draft.Currency), draft.Email,
            new Dictionary<string, string> { [OrderMetadata.DraftKey] = draft.Id.ToString() }, IsTest: true);

    private static string SessionOf(CheckoutDraft draft) => SessionOf(draft.Id);

    private static string SessionOf(Guid draftId) => "cs_test_" + draftId.ToString("N");
}
