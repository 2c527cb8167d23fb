package vn.cchc.registers.propaganda;

import java.time.LocalDate;

/** The article form: a link or a document picked from the evidence library. */
public class ArticleForm {

    private String title;
    private Long unitId;
    private String link;
    private Long documentId;
    private Article.Channel channel = Article.Channel.COMMUNE_SITE;
    private LocalDate publishedOn;

    static ArticleForm of(Article a) {
        ArticleForm f = new ArticleForm();
        f.title = a.title();
        f.unitId = a.unitId();
        f.link = a.link();
        f.documentId = a.documentId();
        f.channel = a.channel();
        f.publishedOn = a.publishedOn();
        return f;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public Long getDocumentId() { return documentId; }
    public void setDocumentId(Long documentId) { this.documentId = documentId; }
    public Article.Channel getChannel() { return channel; }
    public void setChannel(Article.Channel channel) { this.channel = channel; }
    public LocalDate getPublishedOn() { return publishedOn; }
    public void setPublishedOn(LocalDate publishedOn) { this.publishedOn = publishedOn; }
}
