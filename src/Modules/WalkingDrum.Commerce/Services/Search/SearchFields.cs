using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Money;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>The index's fields and how a <see cref="SearchDocument"/> maps to them and back.</summary>
internal static class SearchFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Key = "key";
    public const string Type = "type";
    public const string Id = "id";
    public const string Title = "title";
    public const string TitleSort = "title_sort";
    public const string Body = "body";
    public const string Summary = "summary";
    public const string Tags = "tags";
    public const string Tag = "tag";
    public const string Path = "path";
    public const string Collection = "collection";
    public const string Price = "price";
    public const string Currency = "currency";
    public const string Image = "image";
    public const string ImageAlt = "image_alt";

    private const int SummaryLength = 220;

    /// <summary>
    /// Words, lower-cased and folded to ASCII ("Café" finds "cafe"), without stemming so that
    /// prefixes stay prefixes of what the merchant wrote. Used for indexing and querying alike.
    /// </summary>
    public static readonly Analyzer Analyzer = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, new StandardFilter(Version, tokenizer));
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>The term that names one item's document, for updates and deletes.</summary>
    public static string KeyOf(ContentItemKey item) => $"{item.ContentType}:{item.ItemId:N}";

    /// <summary>A tag as stored for exact matching.</summary>
    public static string NormalizeTag(string tag) => tag.Trim().ToLowerInvariant();

    public static Document ToDocument(SearchDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var document = new Document
        {
            new StringField(Key, KeyOf(source.Item), Field.Store.YES),
            new StringField(Type, source.Item.ContentType, Field.Store.YES),
            new StoredField(Id, source.Item.ItemId.ToString("N")),
            new TextField(Title, source.Title, Field.Store.YES),
            new SortedDocValuesField(TitleSort, new BytesRef(source.Title.ToLowerInvariant())),
            new TextField(Body, source.Body, Field.Store.NO),
            new StoredField(Summary, Summarize(source.Body)),
            new StoredField(Path, source.Path),
        };
        foreach (var tag in source.Tags.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            document.Add(new TextField(Tags, tag, Field.Store.NO));
            document.Add(new StringField(Tag, NormalizeTag(tag), Field.Store.NO));
        }

        foreach (var collection in source.Collections)
        {
            document.Add(new StringField(Collection, collection, Field.Store.NO));
        }

        if (source.Price is { } price)
        {
            document.Add(new Int64Field(Price, price.MinorUnits, Field.Store.YES));
            document.Add(new StringField(Currency, price.Currency, Field.Store.YES));
        }

        if (!string.IsNullOrEmpty(source.ImageUrl))
        {
            document.Add(new StoredField(Image, source.ImageUrl));
            document.Add(new StoredField(ImageAlt, source.ImageAlt ?? ""));
        }

        return document;
    }

    public static SearchHit ToHit(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var item = new ContentItemKey(document.Get(Type), Guid.ParseExact(document.Get(Id), "N"));
        var price = document.GetField(Price)?.GetInt64Value() is { } minor && document.Get(Currency) is { } currency
            ? new Amount(minor, currency)
            : (Amount?)null;
        return new SearchHit(item, document.Get(Title), document.Get(Path), document.Get(Summary) ?? "", price, document.Get(Image), document.Get(ImageAlt));
    }

    private static string Summarize(string body)
    {
        if (body.Length <= SummaryLength)
        {
            return body;
        }

        var cut = body.LastIndexOf(' ', SummaryLength);
        return string.Create(CultureInfo.InvariantCulture, $"{body[..(cut > SummaryLength / 2 ? cut : SummaryLength)]}…");
    }
}
