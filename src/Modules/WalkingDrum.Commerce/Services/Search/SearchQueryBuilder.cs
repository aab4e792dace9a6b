using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>
/// Turns a shopper's words into a Lucene query built term by term, never parsed, so quotes,
/// brackets and wildcards in the input are just characters. Every word must match the title,
/// text or tags exactly or as a prefix (<c>esp</c> → Espresso); a whole tag also matches on its
/// own. The fuzzy form lets each word be one or two typos off (<c>expresso</c> → Espresso); it is
/// asked only when the strict form finds nothing, because it costs more and ranks noisier.
/// </summary>
internal static class SearchQueryBuilder
{
    /// <summary>Words beyond this are ignored; nobody types more, and each adds clauses.</summary>
    public const int MaxWords = 8;

    public static (Query Query, Filter? Filter, Sort? Sort) Build(SearchQuery search, bool fuzzy)
    {
        ArgumentNullException.ThrowIfNull(search);
        var words = Words(search.Text);
        Query query;
        Sort? sort = null;
        if (words.Count == 0)
        {
            query = new MatchAllDocsQuery();
            sort = new Sort(new SortField(SearchFields.TitleSort, SortFieldType.STRING));
        }
        else
        {
            var everyWord = new BooleanQuery();
            foreach (var word in words)
            {
                everyWord.Add(WordQuery(word, fuzzy), Occur.MUST);
            }

            query = new BooleanQuery
            {
                { everyWord, Occur.SHOULD },
                { new TermQuery(new Term(SearchFields.Tag, SearchFields.NormalizeTag(search.Text))) { Boost = 6 }, Occur.SHOULD },
            };
        }

        return (query, FilterOf(search), sort);
    }

    /// <summary>The analysed words of <paramref name="text"/>, as the index stores them.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = SearchFields.Analyzer.GetTokenStream(SearchFields.Title, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && words.Count < MaxWords)
        {
            var word = term.ToString();
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }

        stream.End();
        return words;
    }

    private static BooleanQuery WordQuery(string word, bool fuzzy)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Title, word)) { Boost = 5 }, Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Tags, word)) { Boost = 3 }, Occur.SHOULD },
            { new TermQuery(new Term(SearchFields.Body, word)) { Boost = 1.5f }, Occur.SHOULD },
            { new PrefixQuery(new Term(SearchFields.Title, word)) { Boost = 3 }, Occur.SHOULD },
            { new PrefixQuery(new Term(SearchFields.Body, word)), Occur.SHOULD },
        };
        var edits = word.Length switch { >= 7 => 2, >= 4 => 1, _ => 0 };
        if (fuzzy && edits > 0)
        {
            query.Add(new FuzzyQuery(new Term(SearchFields.Title, word), edits, prefixLength: 1) { Boost = 1.5f }, Occur.SHOULD);
            query.Add(new FuzzyQuery(new Term(SearchFields.Body, word), edits, prefixLength: 1) { Boost = 0.5f }, Occur.SHOULD);
        }

        return query;
    }

    private static QueryWrapperFilter? FilterOf(SearchQuery search)
    {
        var filters = new BooleanQuery();
        if (!string.IsNullOrEmpty(search.Collection))
        {
            filters.Add(new TermQuery(new Term(SearchFields.Collection, search.Collection)), Occur.MUST);
        }

        if (search.MinPrice is not null || search.MaxPrice is not null)
        {
            var currency = (search.MinPrice ?? search.MaxPrice)!.Value.Currency;
            filters.Add(NumericRangeQuery.NewInt64Range(SearchFields.Price, search.MinPrice?.MinorUnits, search.MaxPrice?.MinorUnits, true, true), Occur.MUST);
            filters.Add(new TermQuery(new Term(SearchFields.Currency, currency)), Occur.MUST);
        }

        return filters.Clauses.Count == 0 ? null : new QueryWrapperFilter(filters);
    }
}
