using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WalkingDrum.Commerce.Tests.Fixtures;
using WalkingDrum.Testing;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Endpoints;

/// <summary>
/// A checkout render reads the cart, the shipping rates and the destination's tax once, and a
/// refused submission is shown again from what it read, without reading the cart a second time.
/// </summary>
public sealed class CheckoutReadsTests(CheckoutReadsApp app) : IClassFixture<CheckoutReadsApp>
{
    [Fact]
    public async Task A_render_reads_each_thing_once_and_a_refused_submit_reads_no_more()
    {
        var shop = await app.CreateShopAsync();
        await ShopperCheckout.SetEuropeanRatesAsync(app, shop);
        var product = await app.SaveProductAsync(shop, Catalog.Simple("House blend", "12.50"));
        var client = shop.Client();
        await ShopperCart.AddOkAsync(client, product.Variants[0].Id);

        app.Queries.Clear();
        var html = await client.GetStringAsync("checkout?country=FR");
        var render = app.Queries.Count();
        app.Queries.Clear();
        var form = ShopperCheckout.Form(("email", "ada@")).Append(new(Forms.TokenField, Forms.TokenIn(html)!));
        using var refused = await client.PostAsync("checkout", new FormUrlEncodedContent(form));
        var submit = app.Queries.Count();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Enter an email address like name@example.com.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((1, 1), (render.ShippingRates, render.TaxRates));
        Assert.True(render.Carts > 0);
        Assert.Equal(render, submit);
    }
}

/// <summary>The app with every command its DbContexts run counted by the tables checkout reads.</summary>
public sealed class CheckoutReadsApp : WalkingDrumApp
{
    public QueryLog Queries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(Queries));
    }
}

/// <summary>How many commands read from the checkout's tables since the last <see cref="QueryLog.Clear"/>.</summary>
/// <param name="Carts">Commands reading <c>carts</c>.</param>
/// <param name="ShippingRates">Commands reading <c>shipping_rates</c>.</param>
/// <param name="TaxRates">Commands reading <c>tax_rates</c>.</param>
public sealed record CheckoutQueries(int Carts, int ShippingRates, int TaxRates);

/// <summary>Records the text of every query, on both databases (SQLite quotes names, PostgreSQL need not).</summary>
public sealed partial class QueryLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _commands = new();

    public void Clear() => _commands.Clear();

    public CheckoutQueries Count() => new(Reading("carts"), Reading("shipping_rates"), Reading("tax_rates"));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _commands.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    private int Reading(string table) =>
        _commands.Count(c => Regex.IsMatch(c, $"\\bFROM \"?{table}\"?[\\s;]", RegexOptions.IgnoreCase));
}
