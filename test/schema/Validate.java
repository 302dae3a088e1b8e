import java.io.File;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/*
 * Validates OOXML parts against the ECMA-376 transitional schemas (../shared/ooxml-schemas), the way Excel reads them:
 * Markup Compatibility first (ignorable namespaces dropped, mc:AlternateContent reduced to its Fallback), and the one
 * thing Excel itself writes that the schema does not allow (xml:space on a SpreadsheetML <t>) accepted.
 * Usage: java Validate.java <schema dir> <file>... ; prints "<file>\t<finding>" per finding, nothing when all is valid.
 */
public class Validate {
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  static final String SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String XML_XSD =
      "<xsd:schema xmlns:xsd='http://www.w3.org/2001/XMLSchema' targetNamespace='http://www.w3.org/XML/1998/namespace'>"
          + "<xsd:attribute name='space'><xsd:simpleType><xsd:restriction base='xsd:NCName'><xsd:enumeration value='default'/>"
          + "<xsd:enumeration value='preserve'/></xsd:restriction></xsd:simpleType></xsd:attribute>"
          + "<xsd:attribute name='lang' type='xsd:language'/><xsd:attribute name='base' type='xsd:anyURI'/>"
          + "<xsd:attribute name='id' type='xsd:ID'/></xsd:schema>";
  static final String[] SCHEMAS = {
    "sml.xsd", "dml-chart.xsd", "dml-spreadsheetDrawing.xsd", "opc-contentTypes.xsd", "opc-relationships.xsd",
    "shared-documentPropertiesExtended.xsd", "wml.xsd"
  };

  public static void main(String[] args) throws Exception {
    File dir = new File(args[0]).getAbsoluteFile();
    StringBuilder wrapper = new StringBuilder("<xsd:schema xmlns:xsd='http://www.w3.org/2001/XMLSchema'>");
    for (String name : SCHEMAS) {
      String ns = targetNamespace(new File(dir, name));
      wrapper.append("<xsd:import namespace='").append(ns).append("' schemaLocation='").append(new File(dir, name).toURI()).append("'/>");
    }
    wrapper.append("</xsd:schema>");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setResourceResolver(new LSResourceResolver() {
      public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseURI) {
        if (!XML_NS.equals(namespace)) return null;
        return new StringInput(XML_XSD);
      }
    });
    StreamSource source = new StreamSource(new StringReader(wrapper.toString()));
    source.setSystemId(new File(dir, "wrapper.xsd").toURI().toString());
    Schema schema = factory.newSchema(source);
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    for (int i = 1; i < args.length; i++) {
      String file = args[i];
      List<String> findings = new ArrayList<>();
      try {
        Document doc = dbf.newDocumentBuilder().parse(new File(file));
        compatibility(doc.getDocumentElement());
        Validator validator = schema.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
          public void warning(SAXParseException e) {}
          public void error(SAXParseException e) { findings.add(e.getMessage()); }
          public void fatalError(SAXParseException e) { findings.add(e.getMessage()); }
        });
        validator.validate(new DOMSource(doc));
      } catch (Exception e) {
        findings.add("not read: " + e.getMessage());
      }
      for (String f : findings) System.out.println(file + "\t" + f.replace('\n', ' '));
    }
  }

  static String targetNamespace(File xsd) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setNamespaceAware(true);
    return dbf.newDocumentBuilder().parse(xsd).getDocumentElement().getAttribute("targetNamespace");
  }

  /** Markup Compatibility as Excel applies it, on the whole tree. */
  static void compatibility(Element root) {
    Set<String> ignorable = new HashSet<>();
    collectIgnorable(root, ignorable);
    reduce(root, ignorable);
  }

  static void collectIgnorable(Element e, Set<String> out) {
    String prefixes = e.getAttributeNS(MC, "Ignorable");
    if (prefixes != null && !prefixes.isEmpty()) {
      for (String p : prefixes.trim().split("\\s+")) {
        String ns = e.lookupNamespaceURI(p);
        if (ns != null) out.add(ns);
      }
    }
    NodeList kids = e.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) if (kids.item(i) instanceof Element) collectIgnorable((Element) kids.item(i), out);
  }

  static void reduce(Element e, Set<String> ignorable) {
    NamedNodeMap attrs = e.getAttributes();
    for (int i = attrs.getLength() - 1; i >= 0; i--) {
      Attr a = (Attr) attrs.item(i);
      String ns = a.getNamespaceURI();
      if (ns != null && (ignorable.contains(ns) || MC.equals(ns))) e.removeAttributeNode(a);
      else if (XML_NS.equals(ns) && "space".equals(a.getLocalName()) && SML.equals(e.getNamespaceURI()) && "t".equals(e.getLocalName())) e.removeAttributeNode(a);
    }
    NodeList kids = e.getChildNodes();
    for (int i = kids.getLength() - 1; i >= 0; i--) {
      Node n = kids.item(i);
      if (!(n instanceof Element)) continue;
      Element k = (Element) n;
      String ns = k.getNamespaceURI();
      if (MC.equals(ns) && "AlternateContent".equals(k.getLocalName())) {
        Element fallback = null;
        NodeList alts = k.getChildNodes();
        for (int j = 0; j < alts.getLength(); j++)
          if (alts.item(j) instanceof Element && "Fallback".equals(alts.item(j).getLocalName())) fallback = (Element) alts.item(j);
        if (fallback != null) {
          while (fallback.getFirstChild() != null) e.insertBefore(fallback.getFirstChild(), k);
        }
        e.removeChild(k);
      } else if (ns != null && ignorable.contains(ns)) {
        e.removeChild(k);
      }
    }
    kids = e.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) if (kids.item(i) instanceof Element) reduce((Element) kids.item(i), ignorable);
  }

  static class StringInput implements LSInput {
    final String text;
    StringInput(String text) { this.text = text; }
    public java.io.Reader getCharacterStream() { return new StringReader(text); }
    public void setCharacterStream(java.io.Reader r) {}
    public java.io.InputStream getByteStream() { return null; }
    public void setByteStream(java.io.InputStream s) {}
    public String getStringData() { return text; }
    public void setStringData(String s) {}
    public String getSystemId() { return "xml.xsd"; }
    public void setSystemId(String s) {}
    public String getPublicId() { return null; }
    public void setPublicId(String s) {}
    public String getBaseURI() { return null; }
    public void setBaseURI(String s) {}
    public String getEncoding() { return null; }
    public void setEncoding(String s) {}
    public boolean getCertifiedText() { return false; }
    public void setCertifiedText(boolean b) {}
  }
}
