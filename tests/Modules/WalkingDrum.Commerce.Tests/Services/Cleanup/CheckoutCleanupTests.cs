using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Cleanup;
using WalkingDrum.Core.Identity;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Cleanup;

/// <summary>
/// The cleanup pass deletes, in every shop, checkout drafts older than a week without an order
/// and carts abandoned for 30 days (anonymous) or 90 days (signed-in customers), and nothing else.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CheckoutCleanupTests(WalkingDrumApp app)
{
    [Fact]
    public async Task A_pass_deletes_only_old_unreferenced_drafts_and_abandoned_carts_in_every_shop()
    {
        var a = await app.CreateShopDirectlyAsync();
        var b = await app.CreateShopDirectlyAsync();
        var seededA = await SeedAsync(a);
        var seededB = await SeedAsync(b);

        await Worker().CleanAllAsync(CancellationToken.None);

        foreach (var (shop, seeded) in new[] { (a, seededA), (b, seededB) })
        {
            var (carts, drafts, lines) = await RemainingAsync(shop);
            Assert.Equal(seeded.KeptCarts.Order(), carts.Order());
            Assert.Equal(seeded.KeptDrafts.Order(), drafts.Order());
            Assert.Equal(seeded.KeptCarts.Order(), lines.Order());
        }
    }

    [Fact]
    public async Task Passes_running_at_once_on_two_nodes_delete_each_row_once_and_fail_nowhere()
    {
        var shop = await app.CreateShopDirectlyAsync();
        var seeded = await SeedAsync(shop, extraOldCarts: 40);
        var worker = Worker();

        var passes = await Task.WhenAll(worker.CleanAllAsync(CancellationToken.None), worker.CleanAllAsync(CancellationToken.None));

        var (carts, drafts, _) = await RemainingAsync(shop);
        Assert.Equal(seeded.KeptCarts.Order(), carts.Order());
        Assert.Equal(seeded.KeptDrafts.Order(), drafts.Order());
        Assert.True(passes.Sum(p => p.Carts) >= 42, $"Deleted {passes.Sum(p => p.Carts)} carts in all.");

        // A later pass finds nothing more to do here.
        await worker.CleanAllAsync(CancellationToken.None);
        Assert.Equal(seeded.KeptCarts.Order(), (await RemainingAsync(shop)).Carts.Order());
    }

    private CheckoutCleanupWorker Worker() => app.Services.GetServices<IHostedService>().OfType<CheckoutCleanupWorker>().Single();

    private sealed record Seeded(List<Guid> KeptCarts, List<Guid> KeptDrafts);

    // Rows on either side of every cut-off, plus the ones kept whatever their age.
    private Task<Seeded> SeedAsync(TestShop shop, int extraOldCarts = 0) =>
        app.InShopAsync(shop.Tenant, async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var customer = await db.Set<ShopUser>().Where(u => u.Email == TestShop.CustomerEmail).Select(u => u.Id).SingleAsync();
            var staff = await db.Set<ShopUser>().Where(u => u.Email == TestShop.StaffEmail).Select(u => u.Id).SingleAsync();
            Cart Cart(int daysIdle, Guid? user = null)
            {
                var cart = new Cart { TokenHash = user is null ? Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N") : null, UserId = user };
                cart.CreatedAt = cart.UpdatedAt = now.AddDays(-daysIdle);
                cart.Lines.Add(new CartLine { CartId = cart.Id, VariantId = Guid.NewGuid(), Quantity = 1, Title = "Line", AddedAt = cart.UpdatedAt });
                return cart;
            }

            CheckoutDraft Draft(double daysOld, Guid cartId, string? session = null) => new()
            {
                Fingerprint = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"), Email = "ada@example.com", CartId = cartId,
                SessionId = session, CreatedAt = now.AddDays(-daysOld),
            };

            var anonymousOld = Cart(31);
            var anonymousRecent = Cart(29);
            var anonymousCheckedOut = Cart(31);
            var customerOld = Cart(91, customer);
            var customerRecent = Cart(89, staff);
            var oldCarts = Enumerable.Range(0, extraOldCarts).Select(_ => Cart(45)).ToList();
            // A week-old checkout counts as a touch of its cart, so these name carts long gone.
            var expired = Draft(8, Guid.NewGuid());
            var paidSession = "cs_test_" + Guid.NewGuid().ToString("N");
            var paid = Draft(8, Guid.NewGuid(), paidSession);
            var recent = Draft(6, anonymousRecent.Id);
            var fromCheckedOut = Draft(2, anonymousCheckedOut.Id);
            db.AddRange(anonymousOld, anonymousRecent, anonymousCheckedOut, customerOld, customerRecent);
            db.AddRange(oldCarts);
            db.AddRange(expired, paid, recent, fromCheckedOut);
            db.Add(new Order
            {
                Number = 1001, CheckoutSessionId = paidSession, PaymentId = "pi_" + paidSession, Email = "ada@example.com", IsTest = true,
                Currency = "EUR", SubtotalMinor = 100, TotalMinor = 100, PlacedAt = now.AddDays(-8), UpdatedAt = now.AddDays(-8),
            });
            await db.SaveChangesAsync();
            return new Seeded([anonymousRecent.Id, anonymousCheckedOut.Id, customerRecent.Id], [paid.Id, recent.Id, fromCheckedOut.Id]);
        });

    private Task<(List<Guid> Carts, List<Guid> Drafts, List<Guid> CartsWithLines)> RemainingAsync(TestShop shop) =>
        app.InShopAsync(shop.Tenant, async db => (
            await db.Set<Cart>().Select(c => c.Id).ToListAsync(),
            await db.Set<CheckoutDraft>().Select(d => d.Id).ToListAsync(),
            await db.Set<CartLine>().Select(l => l.CartId).Distinct().ToListAsync()));
}
