using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.FileProviders;
using Npgsql;

// The two baselines the catalog benchmark compares the storefront with, in one process:
//   (a) Kestrel serving a saved copy of a storefront page as a static file (/static/...);
//   (b) a minimal endpoint reading the same product with raw ADO.NET and returning JSON.
// Arguments: --static-root DIR --provider Sqlite|PostgreSql --connection "..." --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var staticRoot = builder.Configuration["static-root"] ?? throw new InvalidOperationException("--static-root is required");
var postgres = string.Equals(builder.Configuration["provider"], "PostgreSql", StringComparison.OrdinalIgnoreCase);
var connectionString = builder.Configuration["connection"] ?? throw new InvalidOperationException("--connection is required");
NpgsqlDataSource? dataSource = postgres ? NpgsqlDataSource.Create(connectionString) : null;

var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions
{
    FileProvider = new PhysicalFileProvider(staticRoot),
    RequestPath = "/static",
    ServeUnknownFileTypes = false,
});

app.MapGet("/ready", () => "ready");

app.MapGet("/raw/{tenantId:guid}/products/{slug}", async (Guid tenantId, string slug, CancellationToken cancellationToken) =>
{
    await using var connection = postgres
        ? (DbConnection)await dataSource!.OpenConnectionAsync(cancellationToken)
        : new SqliteConnection(connectionString);
    if (!postgres)
    {
        await connection.OpenAsync(cancellationToken);
    }

    await using var command = connection.CreateCommand();
    // Same rows the product page reads: the product and its variants. On PostgreSQL the tenant
    // setting is part of the batch, as the app's row-level security needs it.
    command.CommandText = (postgres ? "SELECT set_config('app.tenant_id', @tenant, false);\n" : "") + """
        SELECT p.id, p.title, p.slug, p.description_html, v.id, v.sku, v.option1, v.option2, v.price_minor, v.compare_at_minor, v.currency, v.stock
        FROM products p JOIN product_variants v ON v.tenant_id = p.tenant_id AND v.product_id = p.id
        WHERE p.tenant_id = @tenantId AND p.slug = @slug AND p.status = 'Active'
        ORDER BY v.position
        """;
    AddParameter(command, "@tenant", tenantId.ToString());
    AddParameter(command, "@tenantId", postgres ? tenantId : tenantId.ToString().ToUpperInvariant());
    AddParameter(command, "@slug", slug);
    await using var reader = await command.ExecuteReaderAsync(cancellationToken);
    if (postgres)
    {
        await reader.NextResultAsync(cancellationToken);
    }

    ProductJson? product = null;
    while (await reader.ReadAsync(cancellationToken))
    {
        product ??= new ProductJson(reader.GetValue(0).ToString()!, reader.GetString(1), reader.GetString(2), reader.GetString(3), []);
        product.Variants.Add(new VariantJson(
            reader.GetValue(4).ToString()!,
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetString(6),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.GetInt64(8),
            reader.IsDBNull(9) ? null : reader.GetInt64(9),
            reader.GetString(10),
            reader.GetInt32(11)));
    }

    return product is null ? Results.NotFound() : Results.Json(product);
});

app.Run();

static void AddParameter(DbCommand command, string name, object value)
{
    var parameter = command.CreateParameter();
    parameter.ParameterName = name;
    parameter.Value = value;
    command.Parameters.Add(parameter);
}

internal sealed record ProductJson(string Id, string Title, string Slug, string DescriptionHtml, List<VariantJson> Variants);

internal sealed record VariantJson(string Id, string? Sku, string? Option1, string? Option2, long PriceMinor, long? CompareAtMinor, string Currency, int Stock);
