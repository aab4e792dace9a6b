using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WalkingDrum.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CatalogAndContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collections",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    description_html = table.Column<string>(type: "TEXT", nullable: false),
                    is_published = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collections", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "media_assets",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    alt = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    byte_size = table.Column<long>(type: "INTEGER", nullable: false),
                    variant_widths = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_media_assets", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    description_html = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    option1_name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    option2_name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    option3_name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => new { x.tenant_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "storefront_redirects",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    from_path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    to_path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storefront_redirects", x => new { x.tenant_id, x.from_path });
                });

            migrationBuilder.CreateTable(
                name: "content_images",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    item_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    media_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_images", x => new { x.tenant_id, x.content_type, x.item_id, x.media_id });
                    table.ForeignKey(
                        name: "fk_content_images_media_assets_tenant_id_media_id",
                        columns: x => new { x.tenant_id, x.media_id },
                        principalTable: "media_assets",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "collection_products",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    collection_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collection_products", x => new { x.tenant_id, x.collection_id, x.product_id });
                    table.ForeignKey(
                        name: "fk_collection_products_collections_tenant_id_collection_id",
                        columns: x => new { x.tenant_id, x.collection_id },
                        principalTable: "collections",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_collection_products_products_tenant_id_product_id",
                        columns: x => new { x.tenant_id, x.product_id },
                        principalTable: "products",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_fields",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_fields", x => new { x.tenant_id, x.product_id, x.name });
                    table.ForeignKey(
                        name: "fk_product_fields_products_tenant_id_product_id",
                        columns: x => new { x.tenant_id, x.product_id },
                        principalTable: "products",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_tags",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tag = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_tags", x => new { x.tenant_id, x.product_id, x.tag });
                    table.ForeignKey(
                        name: "fk_product_tags_products_tenant_id_product_id",
                        columns: x => new { x.tenant_id, x.product_id },
                        principalTable: "products",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_variants",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    option1 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    option2 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    option3 = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    price_minor = table.Column<long>(type: "INTEGER", nullable: false),
                    compare_at_minor = table.Column<long>(type: "INTEGER", nullable: true),
                    currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    track_inventory = table.Column<bool>(type: "INTEGER", nullable: false),
                    stock = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_variants", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_product_variants_products_tenant_id_product_id",
                        columns: x => new { x.tenant_id, x.product_id },
                        principalTable: "products",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collection_products_tenant_id_collection_id_position",
                table: "collection_products",
                columns: new[] { "tenant_id", "collection_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_collection_products_tenant_id_product_id",
                table: "collection_products",
                columns: new[] { "tenant_id", "product_id" });

            migrationBuilder.CreateIndex(
                name: "ix_collections_tenant_id_slug",
                table: "collections",
                columns: new[] { "tenant_id", "slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_content_images_tenant_id_content_type_item_id_position",
                table: "content_images",
                columns: new[] { "tenant_id", "content_type", "item_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_content_images_tenant_id_media_id",
                table: "content_images",
                columns: new[] { "tenant_id", "media_id" });

            migrationBuilder.CreateIndex(
                name: "ix_media_assets_tenant_id_created_at",
                table: "media_assets",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_product_tags_tenant_id_tag",
                table: "product_tags",
                columns: new[] { "tenant_id", "tag" });

            migrationBuilder.CreateIndex(
                name: "ix_product_variants_tenant_id_product_id_position",
                table: "product_variants",
                columns: new[] { "tenant_id", "product_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_product_variants_tenant_id_sku",
                table: "product_variants",
                columns: new[] { "tenant_id", "sku" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_slug",
                table: "products",
                columns: new[] { "tenant_id", "slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_tenant_id_status_created_at",
                table: "products",
                columns: new[] { "tenant_id", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_storefront_redirects_tenant_id_to_path",
                table: "storefront_redirects",
                columns: new[] { "tenant_id", "to_path" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "collection_products");

            migrationBuilder.DropTable(
                name: "content_images");

            migrationBuilder.DropTable(
                name: "product_fields");

            migrationBuilder.DropTable(
                name: "product_tags");

            migrationBuilder.DropTable(
                name: "product_variants");

            migrationBuilder.DropTable(
                name: "storefront_redirects");

            migrationBuilder.DropTable(
                name: "collections");

            migrationBuilder.DropTable(
                name: "media_assets");

            migrationBuilder.DropTable(
                name: "products");
        }
    }
}
